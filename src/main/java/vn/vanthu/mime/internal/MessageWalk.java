package vn.vanthu.mime.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.ParsedMail;

/**
 * Walks the MIME tree of one message (the top-level one or a nested {@code message/rfc822}) and collects its
 * own text, its leaf parts and its nested messages.
 *
 * <p>Every entity is read inside its own guard: a broken one becomes a problem and an empty or raw part, and
 * the walk goes on. Paths follow IMAP part numbering: the parts of a nested message at {@code 2} are {@code
 * 2.1}, {@code 2.2}, and a single-part body of a message at {@code 2} is {@code 2.1}.
 */
final class MessageWalk {

    private final WalkContext context;
    private final LeafReader leaves;
    private final List<String> problems = new ArrayList<>();
    private final List<MailPart> parts = new ArrayList<>();
    private final List<ParsedMail> nested = new ArrayList<>();
    private final BodyText body = new BodyText();

    MessageWalk(WalkContext context) {
        this.context = context;
        this.leaves = new LeafReader(context, problems);
    }

    /** Reads a whole message whose entity paths start with {@code prefix} ({@code ""} at the top). */
    ParsedMail read(LenientMessage message, String prefix, int depth) {
        problems.addAll(message.headerProblems());
        Envelope envelope = Envelope.read(message, problems);
        walk(message, child(prefix, 1), prefix, depth, "text/plain", "");
        String html = body.html();
        return new ParsedMail(
                envelope.messageId(),
                envelope.subject(),
                envelope.from(),
                envelope.sender(),
                envelope.replyTo(),
                envelope.to(),
                envelope.cc(),
                envelope.sentAt(),
                envelope.inReplyTo(),
                envelope.references(),
                envelope.headers(),
                body.text(),
                html,
                List.copyOf(parts),
                List.copyOf(nested),
                List.copyOf(problems));
    }

    /**
     * Walks one entity. {@code leafPath} is its path when it is a leaf; {@code childPrefix} is the prefix of
     * its children when it is a multipart (a message's root multipart numbers its children from the
     * message's own path).
     */
    private void walk(Part entity, String leafPath, String childPrefix, int depth, String defaultType, String parent) {
        if (!context.admit()) {
            if (context.reportTruncation()) {
                problems.add("More than " + WalkContext.MAX_ENTITIES + " MIME entities: the rest were not read");
            }
            return;
        }
        try {
            PartInfo info = PartInfo.of(entity, defaultType, leafPath, problems);
            boolean tooDeep = depth >= WalkContext.MAX_DEPTH;
            if (tooDeep && (info.mediaType().startsWith("multipart/") || isMessage(info))) {
                problems.add("Part " + leafPath + ": nested deeper than " + WalkContext.MAX_DEPTH
                        + " levels, kept unread as a file");
                parts.add(leaves.raw(entity, info, leafPath));
            } else if (info.mediaType().startsWith("multipart/")) {
                walkMultipart(entity, info, leafPath, childPrefix, depth);
            } else if (isMessage(info)) {
                walkNested(entity, info, leafPath, depth);
            } else {
                leaf(entity, info, leafPath, parent);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add("Part " + leafPath + " could not be read (" + describe(e) + ")");
        }
    }

    private void walkMultipart(Part entity, PartInfo info, String leafPath, String prefix, int depth)
            throws MessagingException, IOException {
        String subtype = info.mediaType().substring("multipart/".length());
        String boundary = info.contentType().get("boundary");
        String type =
                "multipart/" + subtype + (boundary == null ? "" : "; boundary=\"" + boundary.replace("\"", "") + "\"");
        MimeMultipart multipart = new LenientMultipart(new RawSource(type, leaves.decodedStream(entity, info)));
        int count = multipart.getCount();
        if (count == 0) {
            problems.add("Part " + leafPath + ": " + info.mediaType() + " without readable parts"
                    + (boundary == null ? " (no boundary parameter)" : "") + "; its body was kept as text");
            leaf(
                    entity,
                    new PartInfo("text/plain", info.contentType(), false, false, info.encoding(), null, null),
                    leafPath,
                    "mixed");
            return;
        }
        if (!multipart.isComplete()) {
            problems.add("Part " + leafPath + ": " + info.mediaType() + " has no end boundary; read to the end");
        }
        String childType = subtype.equals("digest") ? "message/rfc822" : "text/plain";
        for (int i = 0; i < count; i++) {
            String path = child(prefix, i + 1);
            walk(multipart.getBodyPart(i), path, path, depth + 1, childType, subtype);
        }
    }

    private void walkNested(Part entity, PartInfo info, String path, int depth) throws MessagingException, IOException {
        InputStream stream = leaves.decodedStream(entity, info);
        LenientMessage message = new LenientMessage(context.session, stream);
        ParsedMail mail = new MessageWalk(context).read(message, path, depth + 1);
        nested.add(mail);
        parts.addAll(mail.parts());
        // Problems that name a part already say where they are; header problems need the message's path.
        mail.problems()
                .forEach(p -> problems.add(
                        p.startsWith("Part ") || p.startsWith("In the message at part ")
                                ? p
                                : "In the message at part " + path + ": " + p));
    }

    private void leaf(Part entity, PartInfo info, String path, String parent) throws MessagingException, IOException {
        if (info.isBodyText() && body.accepts(info.mediaType(), parent)) {
            byte[] content = leaves.content(entity, info, path);
            TextDecoding.Decoded text = TextDecoding.decode(content, info.charset());
            if (text.fellBack()) {
                String declared =
                        info.charset() == null ? "undeclared 8-bit text" : "text declared as " + info.charset();
                problems.add("Part " + path + ": " + declared + " was read as " + text.charset());
            }
            body.add(info.mediaType(), text.text());
            return;
        }
        parts.addAll(leaves.read(entity, info, path, parent.equals("related")));
    }

    private static boolean isMessage(PartInfo info) {
        return info.mediaType().equals("message/rfc822") || info.mediaType().equals("message/global");
    }

    static String child(String prefix, int index) {
        return prefix.isEmpty() ? Integer.toString(index) : prefix + "." + index;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.toLowerCase(Locale.ROOT));
    }
}
