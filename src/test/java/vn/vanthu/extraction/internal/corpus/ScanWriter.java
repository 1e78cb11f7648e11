package vn.vanthu.extraction.internal.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Makes a "scan" of a born-digital PDF: each page rendered to a grey image with speckles, in an image-only PDF. */
final class ScanWriter {

    private ScanWriter() {}

    static byte[] scan(byte[] pdf, long seed) throws IOException {
        Random random = new Random(seed);
        try (PDDocument source = Loader.loadPDF(pdf);
                PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 200, ImageType.GRAY);
                speckle(image, random);
                PDPage page = new PDPage(PDRectangle.A4);
                scan.addPage(page);
                PDImageXObject x = JPEGFactory.createFromImage(scan, image, 0.6f);
                try (PDPageContentStream out = new PDPageContentStream(scan, page)) {
                    out.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scan.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** The page as a PNG image (for the image-file fixture). */
    static byte[] png(byte[] pdf, long seed) throws IOException {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 200, ImageType.GRAY);
            speckle(image, new Random(seed));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
    }

    private static void speckle(BufferedImage image, Random random) {
        int n = image.getWidth() * image.getHeight() / 400;
        for (int k = 0; k < n; k++) {
            int x = random.nextInt(image.getWidth());
            int y = random.nextInt(image.getHeight());
            int grey = 120 + random.nextInt(100);
            image.getRaster().setSample(x, y, 0, grey);
        }
    }
}
