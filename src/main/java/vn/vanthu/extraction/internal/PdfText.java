package vn.vanthu.extraction.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads a PDF page by page: the text layer rebuilt from glyph positions ({@link PageText}), and for pages
 * without usable text, OCR of the page rendered at 300 dpi when Tesseract is there, else a note that the
 * page needs it.
 */
final class PdfText {

    /** The text of a document and what could not be read. */
    record Result(String text, int pagesWithoutText, int pagesRecognised, String ocrProblem) {}

    private static final int MIN_LETTERS = 20;
    private static final int MAX_OCR_PAGES = 30;

    private PdfText() {}

    static Result read(PDDocument document, Ocr ocr, Duration ocrTimeout) throws IOException, InterruptedException {
        PositionCollector collector = new PositionCollector();
        StringBuilder out = new StringBuilder();
        int missing = 0;
        int recognised = 0;
        String problem = null;
        Instant deadline = Instant.now().plus(ocrTimeout);
        PDFRenderer renderer = null;
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDPage page = document.getPage(i);
            String text = PageText.of(
                    collector.glyphs(document, i), page.getMediaBox().getWidth(), i == 0);
            if (!hasLetters(text, MIN_LETTERS)) {
                missing++;
                problem = problem == null ? ocr.unavailableReason() : problem;
                if (problem == null && recognised < MAX_OCR_PAGES) {
                    renderer = renderer == null ? new PDFRenderer(document) : renderer;
                    Duration left = Duration.between(Instant.now(), deadline);
                    if (left.isNegative()) {
                        problem = "quá thời gian nhận dạng chữ";
                    } else {
                        text = ocr.recognise(
                                png(ScanCleanup.clean(renderer.renderImageWithDPI(i, 300, ImageType.GRAY))), left);
                        recognised++;
                    }
                }
            }
            out.append(text).append("\n\n");
        }
        return new Result(LegacyTextDetector.decodeByStatistics(out.toString()), missing, recognised, problem);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Whether the text holds at least {@code count} letters (stops counting there). */
    static boolean hasLetters(String text, int count) {
        int found = 0;
        for (int i = 0; i < text.length() && found < count; i++) {
            found += Character.isLetter(text.charAt(i)) ? 1 : 0;
        }
        return found >= count;
    }
}
