package vn.vanthu.mime.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

class DebugDumpTests {
    @Test
    void dump() throws Exception {
        MailReader reader = MailReader.standard();
        MessageClassifier classifier = MessageClassifier.standard();
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/test/resources/mail")), Files.walk(Path.of("../shared/corpora/mime")))) {
            for (Path p : files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".eml") || f.toString().endsWith(".msg"))
                    .sorted()
                    .toList()) {
                long t = System.nanoTime();
                ParsedMail m = reader.read(p);
                long ms = (System.nanoTime() - t) / 1_000_000;
                System.out.println("=== " + p + " (" + ms + " ms) class=" + classifier.classify(m));
                System.out.println("  subject=" + m.subject() + " from=" + m.from() + " id="
                        + (m.messageId() == null
                                ? null
                                : m.messageId()
                                        .substring(0, Math.min(60, m.messageId().length()))));
                System.out.println("  to=" + m.to() + " cc=" + m.cc() + " irt=" + m.inReplyTo() + " refs="
                        + m.references() + " date=" + m.sentAt());
                String body = m.textBody().replace("\n", "⏎");
                System.out.println("  text=" + body.substring(0, Math.min(160, body.length())));
                int shown = 0;
                for (var part : m.parts()) {
                    if (shown++ > 8) {
                        System.out.println("  ... " + m.parts().size() + " parts");
                        break;
                    }
                    System.out.println("  part " + part.path() + " " + part.fileName() + " [" + part.declaredFileName()
                            + "] " + part.mediaType() + " " + part.disposition() + " " + part.size() + " cid="
                            + part.contentId());
                }
                System.out.println("  nested=" + m.nested().size() + " docs="
                        + classifier.documentParts(m).stream()
                                .map(x -> x.fileName())
                                .toList());
                m.problems().stream().limit(6).forEach(pr -> System.out.println("  ! " + pr));
            }
        }
    }
}
