package vn.vanthu.extraction.internal.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the test corpus into {@code src/test/resources/documents/}: each {@link Letters} letter as a
 * born-digital PDF, and some also as DOCX, scans, legacy-font DOCX/DOC, ODT/RTF and mail bodies, each beside
 * its expected JSON. Run it from the project folder (the generated files are committed, so tests never need
 * it): {@code mvn -q test-compile exec:java} is not configured; use
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) vn.vanthu.extraction.internal.corpus.CorpusGenerator}.
 * LibreOffice ({@code soffice}) is used, when installed, to convert some DOCX files to DOC, ODT, RTF and PDF
 * (PDFs laid out by a word processor, whose table cells run close together, unlike our own PDF writer's).
 */
public final class CorpusGenerator {

    private static final Path OUT = Path.of("src/test/resources/documents");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CorpusGenerator() {}

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        List<Letter> letters = Letters.all();
        Set<Integer> docx = Set.of(1, 3, 5, 7, 9, 11, 13, 15);
        Set<Integer> scans = Set.of(0, 2, 6, 10, 17);
        Set<Integer> tcvn3 = Set.of(12, 14, 16);
        Set<Integer> vni = Set.of(18, 20);
        Set<Integer> doc = Set.of(19, 21);
        Map<Integer, TextLetterWriter.Order> bodies = Map.of(
                22, TextLetterWriter.Order.GLUED,
                23, TextLetterWriter.Order.SIDE_BY_SIDE,
                8, TextLetterWriter.Order.COLUMNS,
                15, TextLetterWriter.Order.ROWS);
        for (int i = 0; i < letters.size(); i++) {
            Letter l = letters.get(i);
            byte[] pdf = new PdfLetterWriter(i % 2 == 0, dateLine(l, i)).write(l);
            write(l, l.id() + ".pdf", pdf);
            if (docx.contains(i)) {
                write(l, l.id() + "-w.docx", new DocxLetterWriter(DocxLetterWriter.Font.UNICODE).write(l));
            }
            if (scans.contains(i)) {
                write(l, l.id() + "-scan.pdf", ScanWriter.scan(pdf, i));
            }
            if (i == 4) {
                write(l, l.id() + "-photo.png", ScanWriter.png(pdf, i));
            }
            if (tcvn3.contains(i)) {
                write(l, l.id() + "-tcvn3.docx", new DocxLetterWriter(DocxLetterWriter.Font.TCVN3).write(l));
            }
            if (vni.contains(i)) {
                write(l, l.id() + "-vni.docx", new DocxLetterWriter(DocxLetterWriter.Font.VNI).write(l));
            }
            if (doc.contains(i)) {
                convert(l, new DocxLetterWriter(DocxLetterWriter.Font.TCVN3).write(l), l.id() + "-tcvn3", "doc");
            }
            if (i == 3) {
                convert(l, new DocxLetterWriter(DocxLetterWriter.Font.UNICODE).write(l), l.id() + "-lo", "odt");
            }
            if (i == 1 || i == 3 || i == 9 || i == 11) {
                convert(l, new DocxLetterWriter(DocxLetterWriter.Font.UNICODE).write(l), l.id() + "-word", "pdf");
            }
            if (i == 18) {
                convert(l, new DocxLetterWriter(DocxLetterWriter.Font.VNI).write(l), l.id() + "-vni-word", "pdf");
            }
            if (i == 7) {
                convert(l, new DocxLetterWriter(DocxLetterWriter.Font.UNICODE).write(l), l.id() + "-lo", "rtf");
            }
            if (bodies.containsKey(i)) {
                String text = TextLetterWriter.text(l, bodies.get(i));
                write(l, l.id() + "-body.txt", text.getBytes(StandardCharsets.UTF_8));
            }
            if (i == 4 || i == 20) {
                write(l, l.id() + "-body.html", TextLetterWriter.html(l).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Some letters print their date the way real ones do: "tháng11", a trailing dot. */
    private static String dateLine(Letter l, int i) {
        String line = l.dateLine();
        if (l.id().equals("cv-1228-thpt")) {
            return line.replace("tháng 11", "tháng11");
        }
        return i % 5 == 3 ? line + "." : line;
    }

    private static void write(Letter l, String file, byte[] content) throws IOException {
        Files.write(OUT.resolve(file), content);
        String stem = file.substring(0, file.lastIndexOf('.'));
        Map<String, Object> expected = l.expected(file);
        Files.writeString(
                OUT.resolve(stem + ".expected.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(expected) + "\n");
    }

    private static void convert(Letter l, byte[] docx, String stem, String format) throws Exception {
        Path dir = Files.createTempDirectory("corpus");
        Path in = dir.resolve(stem + ".docx");
        Files.write(in, docx);
        Process p = new ProcessBuilder(
                        "soffice", "--headless", "--convert-to", format, "--outdir", dir.toString(), in.toString())
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        p.waitFor();
        Path converted = dir.resolve(stem + "." + format);
        if (Files.exists(converted)) {
            write(l, stem + "." + format, Files.readAllBytes(converted));
        } else {
            System.err.println("soffice did not convert " + stem + " to " + format);
        }
    }
}
