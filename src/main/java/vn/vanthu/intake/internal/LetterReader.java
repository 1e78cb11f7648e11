package vn.vanthu.intake.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.extraction.DocumentReader;
import vn.vanthu.mailbox.ReceivedMessage;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;
import vn.vanthu.registry.NewFile;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.storage.StoredBlob;

/**
 * Reads the document parts of a message (and its body, when the body is the letter), keeps their files, and
 * groups them into letters: parts with the same number and symbol are one letter (a PDF and its DOCX, a PDF and
 * its edXML), other files go with the first letter.
 */
@Component
class LetterReader {

    private final MessageClassifier classifier;
    private final DocumentReader documents;
    private final BlobStore blobs;

    LetterReader(MessageClassifier classifier, DocumentReader documents, BlobStore blobs) {
        this.classifier = classifier;
        this.documents = documents;
        this.blobs = blobs;
    }

    /** The letters of a message, from its parts read already (ahead of time, or now). */
    List<Letter> letters(ReceivedMessage message, List<ReadPart> parts) {
        NewFile original = new NewFile("MAIL", "thu-goc.eml", "message/rfc822", message.rawSize(), message.rawSha256());
        return LetterGrouping.group(parts, original);
    }

    /** Reads the document parts of a message (and its body, when the body is the letter); writes only blobs. */
    List<ReadPart> parts(String mailboxId, ParsedMail mail) {
        List<ReadPart> parts = new ArrayList<>();
        for (MailPart part : classifier.documentParts(mail)) {
            parts.add(readAttachment(mailboxId, part));
        }
        if (classifier.bodyIsDocument(mail)) {
            parts.add(readBody(mailboxId, mail));
        }
        return parts;
    }

    private ReadPart readAttachment(String mailboxId, MailPart part) {
        StoredBlob blob = store(part.content());
        NewFile file = new NewFile("ORIGINAL", part.fileName(), part.mediaType(), blob.size(), blob.sha256());
        String source = mailboxId + "#" + part.fileName();
        var input = new DocumentInput(source, part.fileName(), part.mediaType(), part.content());
        return new ReadPart("part:" + part.path(), file, documents.read(input));
    }

    private ReadPart readBody(String mailboxId, ParsedMail mail) {
        boolean html = mail.textBody() == null || mail.textBody().isBlank();
        String body = html ? mail.htmlBody() : mail.textBody();
        String source = mailboxId + "#body";
        var input = new DocumentInput(
                source,
                html ? "body.html" : "body.txt",
                html ? "text/html" : "text/plain",
                (body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
        return new ReadPart("body", null, documents.read(input));
    }

    private StoredBlob store(byte[] content) {
        try {
            return blobs.put(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Không lưu được tệp đính kèm", e);
        }
    }
}
