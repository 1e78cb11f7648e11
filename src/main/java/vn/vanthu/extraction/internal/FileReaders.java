package vn.vanthu.extraction.internal;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentMetadata;
import vn.vanthu.extraction.ExtractedDocument;
import vn.vanthu.extraction.ExtractionProperties;
import vn.vanthu.extraction.PdfSignature;

/** Reads one file of a known kind into text, then into the NĐ 30 fields; runs on the parsing pool. */
final class FileReaders {

    private final ExtractionProperties properties;
    private final Ocr ocr;
    private volatile TikaText tika;

    FileReaders(ExtractionProperties properties, Ocr ocr) {
        this.properties = properties;
        this.ocr = ocr;
    }

    ExtractedDocument read(String source, DocumentInput input, FileKind kind) throws Exception {
        byte[] content = input.content();
        if (kind == FileKind.DOCX
                || kind == FileKind.ODT
                || content.length > 1 && content[0] == 'P' && content[1] == 'K') {
            ZipGuard.check(content);
        }
        return switch (kind) {
            case EDXML -> edxml(source, content);
            case PDF -> pdf(source, content);
            case IMAGE -> image(source, content);
            case DOCX -> text(source, DocxText.read(content), List.of(), List.of(), false);
            case DOC -> text(source, doc(content, input.fileName()), List.of(), List.of(), false);
            case HTML -> text(source, HtmlText.read(PlainText.decode(content)), List.of(), List.of(), false);
            case TEXT -> text(source, PlainText.decode(content), List.of(), List.of(), false);
            case ODT, RTF, OTHER -> tika(source, content, input.fileName());
        };
    }

    private ExtractedDocument edxml(String source, byte[] content) throws Exception {
        DocumentMetadata metadata = EdxmlReader.read(content);
        return new ExtractedDocument(source, metadata, "", true, false, List.of(), List.of(), null);
    }

    private ExtractedDocument pdf(String source, byte[] content) throws Exception {
        try (PDDocument document = Loader.loadPDF(content)) {
            PdfText.Result text = PdfText.read(document, ocr, properties.ocrTimeout());
            List<PdfSignature> signatures = SignatureInspector.inspect(document, content);
            boolean needsOcr = text.pagesWithoutText() > text.pagesRecognised();
            String note = needsOcr
                    ? ocrNote(text.pagesWithoutText(), text.ocrProblem())
                    : text.pagesRecognised() > 0
                            ? "Đã nhận dạng chữ (OCR) " + text.pagesRecognised()
                                    + " trang bản quét; nên đối chiếu các trường với bản gốc."
                            : null;
            ExtractedDocument read =
                    text(source, text.text(), StandardDocumentReader.notes(note), signatures, needsOcr);
            read = text.pagesRecognised() > 0 ? OcrCleanup.apply(read) : read;
            return SignedStamp.fill(read, signatures);
        }
    }

    static String ocrNote(int pages, String reason) {
        return "Cần nhận dạng chữ (OCR): " + pages + " trang là bản quét, không có lớp chữ, nhưng " + reason + ".";
    }

    private ExtractedDocument image(String source, byte[] content) throws Exception {
        String reason = ocr.unavailableReason();
        if (reason != null) {
            String note = "Cần nhận dạng chữ (OCR): tệp là ảnh chụp hoặc bản quét, nhưng " + reason + ".";
            return new ExtractedDocument(
                    source, DocumentMetadata.empty(), "", false, true, List.of(note), List.of(), null);
        }
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(content));
        byte[] cleaned = image == null ? content : PdfText.png(ScanCleanup.clean(image));
        String text = ocr.recognise(cleaned, properties.ocrTimeout());
        return OcrCleanup.apply(text(
                source,
                text,
                List.of("Đã nhận dạng chữ (OCR) từ ảnh; nên đối chiếu các trường với bản gốc."),
                List.of(),
                false));
    }

    private String doc(byte[] content, String fileName) throws Exception {
        try {
            return DocText.read(content);
        } catch (RuntimeException | java.io.IOException e) {
            return tika().read(content, fileName).text();
        }
    }

    private ExtractedDocument tika(String source, byte[] content, String fileName) throws Exception {
        TikaText.Result result = tika().read(content, fileName);
        List<String> notes = result.truncated() ? List.of(truncatedNote()) : List.of();
        return text(source, result.text(), notes, List.of(), false);
    }

    private TikaText tika() {
        TikaText t = tika;
        if (t == null) {
            synchronized (this) {
                t = tika == null ? new TikaText(properties.writeLimit(), properties.maxEmbeddedResources()) : tika;
                tika = t;
            }
        }
        return t;
    }

    private String truncatedNote() {
        return "Văn bản quá dài: chỉ đọc " + properties.writeLimit() + " ký tự đầu.";
    }

    private ExtractedDocument text(
            String source, String raw, List<String> notes, List<PdfSignature> signatures, boolean needsOcr) {
        String text = LegacyTextDetector.decodeByStatistics(VietText.nfc(Ligatures.expand(raw)));
        List<String> allNotes = new java.util.ArrayList<>(notes);
        if (text.length() > properties.writeLimit()) {
            text = text.substring(0, properties.writeLimit());
            allNotes.add(truncatedNote());
        }
        LetterReader.Reading reading = LetterReader.read(text);
        return new ExtractedDocument(
                source, reading.metadata(), text, reading.official(), needsOcr, allNotes, signatures, null);
    }
}
