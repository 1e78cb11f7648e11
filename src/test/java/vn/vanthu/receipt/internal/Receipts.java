package vn.vanthu.receipt.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.ParsedMail;

/**
 * The receipt corpus under {@code src/test/resources/receipts}: each {@code .eml} read with its placeholders
 * replaced by one delivery's values, and the expectations of {@code expected.csv}.
 */
final class Receipts {

    static final String MESSAGE_ID = "<5b0f3c2e-8a41-4d7e-9c15-0e6a2f9d4b71@localhost>";
    static final String TOKEN = "k7m3pq9xz2avb4wnrt8e";
    static final String GATEWAY = "localhost";
    static final String UNIT_ADDRESS = "thcs.chiengle@sonla.edu.vn";
    static final String OTHER_ADDRESS = "hoangnam.1987@gmail.com";
    static final String DOC_NUMBER = "05/PGDĐT-VP";

    private static final MailReader READER = MailReader.standard();

    private Receipts() {}

    /** One line of {@code expected.csv}. */
    record Expectation(String file, MessageClass messageClass, String outcome, String via, String note) {

        static Expectation parse(String line) {
            String[] cells = line.split(",", 5);
            return new Expectation(cells[0], MessageClass.valueOf(cells[1]), cells[2], cells[3], cells[4]);
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static Path folder() {
        try {
            return Path.of(Receipts.class.getResource("/receipts").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> files() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".eml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Expectation> expectations() {
        try {
            List<String> lines = Files.readAllLines(folder().resolve("expected.csv"), StandardCharsets.UTF_8);
            return lines.stream()
                    .skip(1)
                    .filter(l -> !l.isBlank())
                    .map(Expectation::parse)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A corpus message with the placeholders replaced; the files are bytes, not all of them UTF-8. */
    static ParsedMail read(String file) {
        try {
            String raw = new String(Files.readAllBytes(folder().resolve(file)), StandardCharsets.ISO_8859_1);
            return READER.read(substitute(raw).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message written in a test, lines ending in LF. */
    static ParsedMail mail(String raw) {
        return READER.read(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    private static String substitute(String latin1) {
        String docNumber = new String(DOC_NUMBER.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        return latin1.replace("{{MESSAGE_ID}}", MESSAGE_ID)
                .replace("{{TOKEN}}", TOKEN)
                .replace("{{GATEWAY}}", GATEWAY)
                .replace("{{UNIT_ADDRESS}}", UNIT_ADDRESS)
                .replace("{{OTHER_ADDRESS}}", OTHER_ADDRESS)
                .replace("{{DOC_NUMBER}}", docNumber);
    }
}
