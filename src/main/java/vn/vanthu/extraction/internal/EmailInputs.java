package vn.vanthu.extraction.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.vanthu.extraction.DocumentInput;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

/**
 * The inputs of an {@code .eml}: each part the mime module calls an official document, named
 * {@code file.eml#name}, and the body as {@code file.eml#body} when the body itself is the letter.
 */
final class EmailInputs {

    private EmailInputs() {}

    static List<DocumentInput> of(String source, byte[] raw) throws CommandLine.InputProblem {
        List<DocumentInput> out = new ArrayList<>();
        try {
            ParsedMail mail = MailReader.standard().read(raw);
            MessageClassifier classifier = MessageClassifier.standard();
            for (MailPart part : classifier.documentParts(mail)) {
                out.add(new DocumentInput(
                        source + "#" + part.fileName(), part.fileName(), part.mediaType(), part.content()));
            }
            if (classifier.bodyIsDocument(mail)) {
                boolean html = (mail.textBody() == null || mail.textBody().isBlank()) && mail.htmlBody() != null;
                String body = html ? mail.htmlBody() : mail.textBody();
                out.add(new DocumentInput(
                        source + "#body",
                        html ? "body.html" : "body.txt",
                        html ? "text/html" : "text/plain",
                        body.getBytes(StandardCharsets.UTF_8)));
            }
        } catch (RuntimeException e) {
            throw new CommandLine.InputProblem("Không đọc được thư: "
                    + (e instanceof UnsupportedOperationException
                            ? "bộ đọc thư (mime) chưa sẵn sàng"
                            : e.getMessage()));
        }
        return out;
    }
}
