package vn.vanthu.extraction.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Refuses zip bombs (DOCX, ODT) before any parser inflates them: the archive is streamed once, counting what
 * it inflates to, and given up as soon as that passes 100 times its own size (and 20 MB), whatever its
 * entries claim. POI's own ZipSecureFile only sees sizes that the archive declares.
 */
final class ZipGuard {

    static final int MAX_RATIO = 100;
    private static final long FLOOR = 20L * 1024 * 1024;

    private ZipGuard() {}

    static void check(byte[] archive) throws IOException {
        long limit = Math.max(FLOOR, (long) archive.length * MAX_RATIO);
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limit) {
                        throw new IOException("Zip bomb detected: inflates to more than " + limit + " bytes");
                    }
                }
            }
        }
    }
}
