package vn.vanthu.mime.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;

/**
 * Opens Outlook's TNEF container ({@code winmail.dat}, {@code application/ms-tnef}) with POI HMEF.
 *
 * <p>Outlook wraps every attachment of a rich-text message into it, so without this a letter sent from
 * Outlook would arrive with no document at all. A container that cannot be read stays a plain part.
 */
final class Tnef {

    private static final int SIGNATURE = 0x223E9F78;
    private static final int MAX_FILES = 200;

    private Tnef() {}

    /** A file found inside the container. */
    record File(String path, String name, byte[] content) {}

    /** Whether a part is a TNEF container: by type or name, and always by its signature. */
    static boolean isTnef(String mediaType, String declaredName, byte[] content) {
        boolean named =
                declaredName != null && declaredName.toLowerCase(Locale.ROOT).endsWith("winmail.dat");
        boolean typed = mediaType.equals("application/ms-tnef") || mediaType.equals("application/vnd.ms-tnef");
        return (named || typed) && content.length >= 4 && littleEndianInt(content) == SIGNATURE;
    }

    /** The files inside, in order; an unreadable container gives none and a problem. */
    static List<File> files(byte[] container, String path, List<String> problems) {
        List<File> files = new ArrayList<>();
        try {
            HMEFMessage message = new HMEFMessage(new ByteArrayInputStream(container));
            for (Attachment attachment : message.getAttachments()) {
                byte[] content = attachment.getContents();
                if (content == null || files.size() >= MAX_FILES) {
                    continue;
                }
                files.add(new File(path + ".t" + (files.size() + 1), name(attachment), content));
            }
        } catch (Exception e) {
            problems.add(
                    "Part " + path + ": TNEF (winmail.dat) could not be read (" + e.getMessage() + "), kept as it is");
        }
        return files;
    }

    private static String name(Attachment attachment) {
        try {
            String name = attachment.getLongFilename();
            return name == null || name.isBlank() ? attachment.getFilename() : name;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int littleEndianInt(byte[] bytes) {
        return (bytes[0] & 0xFF) | (bytes[1] & 0xFF) << 8 | (bytes[2] & 0xFF) << 16 | (bytes[3] & 0xFF) << 24;
    }
}
