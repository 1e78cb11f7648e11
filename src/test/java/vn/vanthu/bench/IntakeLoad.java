package vn.vanthu.bench;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import vn.vanthu.e2e.RealServers;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestMail;

/** Letters submitted over SMTP to the gateway's mailbox, and when each was registered. */
final class IntakeLoad {

    /**
     * Letters per second from the first SMTP accept to the last registration, latency percentiles, and CPU per
     * letter over that time.
     */
    record Result(double rate, double p50, double p95, CpuMeter.PerItem cpu) {}

    /** The Sở that sends the letters; its mailbox exists, so the gateway's acknowledgements are delivered. */
    static final String SENDER = "vanthu@so.e2e.test";

    private IntakeLoad() {}

    /** The raw letters: 1, 2 or 3 pages, numbers {@code after + 1}…, from the Sở. */
    static List<byte[]> letters(int count, int after) {
        List<byte[]> letters = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            byte[] pdf = LetterPdf.letter()
                    .number(Integer.toString(after + i), "SGDĐT-VP")
                    .pages(1 + i % 3)
                    .toBytes();
            letters.add(TestMail.to(
                            RealServers.SMTP_PORT,
                            SENDER,
                            RealServers.GATEWAY,
                            "Công văn số " + (after + i) + "/SGDĐT-VP")
                    .attach("cv-" + (after + i) + ".pdf", "application/pdf", pdf)
                    .toBytes());
        }
        return letters;
    }

    /**
     * Submits letters over one SMTP connection, all at once ({@code perSecond} 0) or paced, to their own recipients
     * or to {@code to}; returns when each was accepted.
     */
    static List<Instant> submit(List<byte[]> letters, double perSecond, Address to) throws Exception {
        Session session = BenchMessages.session(RealServers.SMTP_HOST, RealServers.SMTP_PORT);
        List<Instant> accepted = new ArrayList<>();
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (byte[] raw : letters) {
                if (perSecond > 0) {
                    long due = start + (long) (accepted.size() * 1e9 / perSecond);
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                }
                MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
                transport.sendMessage(
                        message, to == null ? message.getRecipients(Message.RecipientType.TO) : new Address[] {to});
                accepted.add(Instant.now());
            }
        }
        return accepted;
    }

    /**
     * Submits the letters (numbered from {@code after + 1}) all at once ({@code perSecond} 0: the rate the gateway
     * keeps up) or paced at an offered rate (the latency a mailbox sees in steady work), and waits for them.
     */
    static Result run(List<byte[]> letters, int after, String database, double perSecond, ProcessHandle gateway)
            throws Exception {
        CpuMeter cpu = CpuMeter.start(gateway);
        List<Instant> accepted = submit(letters, perSecond, null);
        List<String> numbers = java.util.stream.IntStream.rangeClosed(after + 1, after + letters.size())
                .mapToObj(Integer::toString)
                .toList();
        AtomicReference<Map<String, OffsetDateTime>> seen = new AtomicReference<>(Map.of());
        try {
            await().atMost(Duration.ofSeconds(600))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        seen.set(GatewayBenchmark.registeredTimes(database));
                        return seen.get().keySet().containsAll(numbers);
                    });
        } catch (ConditionTimeoutException e) {
            // Measured on the letters that were registered; the missing ones have no latency.
        }
        Map<String, OffsetDateTime> registered = seen.get();
        List<Double> latencies = new ArrayList<>();
        Instant last = accepted.get(0);
        for (int i = 0; i < letters.size(); i++) {
            OffsetDateTime at = registered.get(numbers.get(i));
            if (at != null) {
                latencies.add(GatewayBenchmark.seconds(accepted.get(i), at.toInstant()));
                last = at.toInstant().isAfter(last) ? at.toInstant() : last;
            }
        }
        double rate = latencies.size() / GatewayBenchmark.seconds(accepted.get(0), last);
        return new Result(
                rate,
                GatewayBenchmark.percentile(latencies, 0.5),
                GatewayBenchmark.percentile(latencies, 0.95),
                cpu.per(letters.size()));
    }
}
