package vn.vanthu.mime.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.SharedInputStream;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MailPart.Disposition;

/**
 * Reads the content of entities: transfer decoding, media type resolution, safe unique naming, and the
 * files inside a TNEF {@code winmail.dat}.
 */
final class LeafReader {

    private final WalkContext context;
    private final List<String> problems;

    LeafReader(WalkContext context, List<String> problems) {
        this.context = context;
        this.problems = problems;
    }

    /**
     * The leaf as a part, followed by the files a TNEF leaf holds. The {@code winmail.dat} itself is kept, so
     * the message's parts always include every byte that arrived; its files get paths {@code <path>.t1}, ...
     */
    List<MailPart> read(Part entity, PartInfo info, String path, boolean inRelated) {
        byte[] content = content(entity, info, path);
        String declared = info.declaredFileName();
        String mediaType = MediaTypes.resolve(info.mediaType(), declared, content);
        String fileName = context.names.assign(declared, mediaType);
        List<MailPart> parts = new ArrayList<>();
        parts.add(new MailPart(
                path, fileName, declared, mediaType, info.disposition(inRelated), content, info.contentId()));
        if (Tnef.isTnef(mediaType, declared, content)) {
            for (Tnef.File file : Tnef.files(content, path, problems)) {
                String type = MediaTypes.resolve(MediaTypes.OCTET_STREAM, file.name(), file.content());
                String name = context.names.assign(file.name(), type);
                parts.add(new MailPart(file.path(), name, file.name(), type, Disposition.ATTACHMENT, file.content()));
            }
        }
        return parts;
    }

    /** An entity kept whole as a file (too deeply nested to walk). */
    MailPart raw(Part entity, PartInfo info, String path) {
        byte[] content = content(entity, info, path);
        String fileName = context.names.assign(info.declaredFileName(), info.mediaType());
        return new MailPart(path, fileName, info.declaredFileName(), info.mediaType(), Disposition.ATTACHMENT, content);
    }

    /** The decoded content; unreadable content is reported and read as empty. */
    byte[] content(Part entity, PartInfo info, String path) {
        try (InputStream raw = rawStream(entity)) {
            return TransferDecoding.decode(raw, info.encoding());
        } catch (IOException | MessagingException | RuntimeException e) {
            problems.add("Part " + path + ": content unreadable (" + e.getMessage() + "), read as empty");
            return new byte[0];
        }
    }

    /**
     * The decoded content as a stream for Jakarta Mail to parse further: without a transfer encoding it is
     * the raw substream of the shared input, so nothing is copied.
     */
    InputStream decodedStream(Part entity, PartInfo info) throws MessagingException, IOException {
        InputStream raw = rawStream(entity);
        boolean identity = info.encoding() == TransferDecoding.Encoding.IDENTITY
                || info.encoding() == TransferDecoding.Encoding.UNKNOWN;
        if (identity && raw instanceof SharedInputStream) {
            return raw;
        }
        try (raw) {
            return new SharedByteArrayInputStream(TransferDecoding.decode(raw, info.encoding()));
        }
    }

    private static InputStream rawStream(Part entity) throws MessagingException {
        try {
            if (entity instanceof MimeBodyPart part) {
                return part.getRawInputStream();
            }
            if (entity instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
        } catch (MessagingException e) {
            if (String.valueOf(e.getMessage()).startsWith("No MimeBodyPart content")) {
                return new ByteArrayInputStream(new byte[0]);
            }
            throw e;
        }
        throw new MessagingException("Unexpected entity " + entity.getClass().getName());
    }
}
