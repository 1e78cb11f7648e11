package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

/**
 * Reads every message of the shared public MIME corpus (other parsers' hostile test messages), which lives
 * beside the project and is never copied into it. The time bound guards against hangs; it is not a benchmark.
 */
class MimeCorpusTests {

    private static final Path CORPUS = Path.of("..", "shared", "corpora", "mime");
    private static final Duration PER_MESSAGE = Duration.ofSeconds(10);

    @TestFactory
    Stream<DynamicTest> readsEveryCorpusMessageWithoutThrowingOrHanging() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        MessageClassifier classifier = StandardMessageClassifier.create();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".msg"))
                    .sorted()
                    .toList()
                    .stream()
                    .map(file -> DynamicTest.dynamicTest(CORPUS.relativize(file).toString(), () -> {
                        ParsedMail mail = assertTimeoutPreemptively(PER_MESSAGE, () -> Mails.READER.read(file));
                        assertThat(classifier.classify(mail)).isNotNull();
                        assertSane(mail, Files.size(file));
                    }));
        }
    }

    private static void assertSane(ParsedMail mail, long fileSize) {
        long total = mail.parts().stream().mapToLong(MailPart::size).sum();
        assertThat(mail.parts()).hasSizeLessThanOrEqualTo(WalkContext.MAX_ENTITIES);
        // Decoding never grows content beyond the raw size (TNEF contents aside, which the corpus lacks).
        assertThat(total).isLessThanOrEqualTo(fileSize);
        assertThat(mail.parts())
                .extracting(MailPart::fileName)
                .doesNotHaveDuplicates()
                .allMatch(n -> !n.isBlank());
        assertThat(mail.textBody()).isNotNull();
    }
}
