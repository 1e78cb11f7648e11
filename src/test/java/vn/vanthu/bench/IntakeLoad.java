package vn.vanthu.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanthu.e2e.RealServers;
import vn.vanthu.support.LetterPdf;
import vn.vanthu.support.TestMail;

/** Letters submitted over SMTP to the gateway's mailbox, and when each was registered. */
final class IntakeLoad {

    /** Letters per second from the first SMTP accept to the last registration, and latency percentiles. */
    record Result(double rate, double p50, double p95) {}

    private IntakeLoad() {}

    /** The raw letters: 1, 2 or 3 pages, numbers 5001…, from the Sở. */
    static List<byte[]> letters(int count) {
        List<byte[]> letters = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            byte[] pdf = LetterPdf.letter()
                    .number(Integer.toString(5000 + i), "SGDĐT-VP")
                    .pages(1 + i % 3)
                    .toBytes();
            letters.add(TestMail.to(
                            RealServers.SMTP_PORT,
                            "vanthu@so.e2e.test",
                            RealServers.GATEWAY,
                            "Công văn số " + (5000 + i) + "/SGDĐT-VP")
                    .attach("cv-" + (5000 + i) + ".pdf", "application/pdf", pdf)
                    .toBytes());
        }
        return letters;
    }

    static Result run(List<byte[]> letters, String database) throws Exception {
        Session session = BenchMessages.session(RealServers.SMTP_HOST, RealServers.SMTP_PORT);
        List<Instant> accepted = new ArrayList<>();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (byte[] raw : letters) {
                MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
                transport.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
                accepted.add(Instant.now());
            }
        }
        Map<String, OffsetDateTime> registered = Map.of();
        Instant deadline = Instant.now().plusSeconds(600);
        while (registered.size() < letters.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            registered = GatewayBenchmark.registeredTimes(database);
        }
        List<Double> latencies = new ArrayList<>();
        Instant last = accepted.get(0);
        for (int i = 0; i < letters.size(); i++) {
            OffsetDateTime at = registered.get(Integer.toString(5001 + i));
            if (at != null) {
                latencies.add(GatewayBenchmark.seconds(accepted.get(i), at.toInstant()));
                last = at.toInstant().isAfter(last) ? at.toInstant() : last;
            }
        }
        double rate = latencies.size() / GatewayBenchmark.seconds(accepted.get(0), last);
        return new Result(
                rate, GatewayBenchmark.percentile(latencies, 0.5), GatewayBenchmark.percentile(latencies, 0.95));
    }
}
