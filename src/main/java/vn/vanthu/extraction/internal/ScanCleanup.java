package vn.vanthu.extraction.internal;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/**
 * Prepares a page image for OCR: grey, specks removed and long horizontal rules whitened. The rules under the
 * issuer's name and the motto sit right above the date line, and Tesseract reads them, and the specks of a
 * poor scan, as letters glued to the place name.
 */
final class ScanCleanup {

    private static final int DARK = 170;
    private static final int HOLE = 3;
    /** Lighter than this is paper: a grey background and faint specks become white. */
    private static final int PAPER = 190;

    private ScanCleanup() {}

    static BufferedImage clean(BufferedImage source) {
        // Specks and accents are told apart by size: below about 300 dpi for a page, enlarge first.
        double scale = source.getWidth() < 2000 ? 2400.0 / source.getWidth() : 1;
        int w = (int) Math.round(source.getWidth() * scale);
        int h = (int) Math.round(source.getHeight() * scale);
        BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = grey.createGraphics();
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        WritableRaster raster = grey.getRaster();
        int minRun = Math.max(60, grey.getWidth() / 25);
        for (int y = 0; y < grey.getHeight(); y++) {
            int start = -1;
            int light = 0;
            for (int x = 0; x <= grey.getWidth(); x++) {
                boolean dark = x < grey.getWidth() && raster.getSample(x, y, 0) < DARK;
                if (dark) {
                    start = start < 0 ? x : start;
                    light = 0;
                } else if (start >= 0 && ++light > HOLE || x == grey.getWidth() && start >= 0) {
                    int end = x - light;
                    if (end - start >= minRun) {
                        whiten(raster, start, end, y);
                    }
                    start = -1;
                    light = 0;
                }
            }
        }
        return despeckle(grey);
    }

    /** Whitens a rule and the anti-aliased rows just above and below it. */
    private static void whiten(WritableRaster raster, int from, int to, int y) {
        for (int yy = Math.max(0, y - 2); yy <= Math.min(raster.getHeight() - 1, y + 2); yy++) {
            for (int x = from; x <= to; x++) {
                raster.setSample(x, yy, 0, 255);
            }
        }
    }

    /** Whitens dark pixels with at most nine dark pixels in their 5×5 neighbourhood: specks, not strokes. */
    private static BufferedImage despeckle(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        byte[] pixels = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = (pixels[i] & 0xFF) < DARK;
            if ((pixels[i] & 0xFF) >= PAPER) {
                pixels[i] = (byte) 255;
            }
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (dark[y * w + x] && neighbours(dark, w, h, x, y) <= 9) {
                    pixels[y * w + x] = (byte) 255;
                }
            }
        }
        return grey;
    }

    private static int neighbours(boolean[] dark, int w, int h, int x, int y) {
        int n = 0;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int xx = x + dx;
                int yy = y + dy;
                if (xx >= 0 && yy >= 0 && xx < w && yy < h && dark[yy * w + xx]) {
                    n++;
                }
            }
        }
        return n;
    }
}
