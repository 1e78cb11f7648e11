package vn.vanthu.extraction.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;

/**
 * A benchmark, not a test: documents per second for the corpus's born-digital PDFs and for its scans (OCR),
 * through the standard reader with its default pool. Run {@code bench/extraction-bench.sh}.
 */
public final class ExtractionBench {

    private ExtractionBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/documents");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> pdfs = new ArrayList<>();
        List<Path> scans = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (name.endsWith("-scan.pdf")) {
                    scans.add(p);
                } else if (name.endsWith(".pdf")) {
                    pdfs.add(p);
                }
            });
        }
        try (StandardDocumentReader reader = StandardDocumentReader.create(ExtractionProperties.defaults())) {
            measure(reader, pdfs, 1, "warm-up (born-digital PDF)");
            measure(reader, pdfs, rounds, "born-digital PDF");
            measure(
                    reader,
                    scans,
                    1,
                    "scanned PDF (OCR, " + (Ocr.onPath("tesseract") == null ? "no tesseract" : "tesseract") + ")");
        }
    }

    private static void measure(StandardDocumentReader reader, List<Path> files, int rounds, String label)
            throws Exception {
        List<byte[]> contents = new ArrayList<>();
        for (Path p : files) {
            contents.add(Files.readAllBytes(p));
        }
        int failed = 0;
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < files.size(); i++) {
                String name = files.get(i).getFileName().toString();
                ExtractedDocument d = reader.read(new DocumentInput(name, name, null, contents.get(i)));
                failed += d.ok() ? 0 : 1;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = files.size() * rounds;
        System.out.printf(
                "%-40s %4d documents in %6.2f s = %6.2f documents/s (%d failed)%n",
                label, n, seconds, n / seconds, failed);
    }
}
