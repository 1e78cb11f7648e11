package vn.vanthu.bench;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.vanthu.VanThuApplication;
import vn.vanthu.directory.OrganizationDirectory;
import vn.vanthu.distribution.Circulars;
import vn.vanthu.distribution.DeliveryBook;
import vn.vanthu.distribution.DeliveryStatus;
import vn.vanthu.distribution.IssuedCircular;
import vn.vanthu.distribution.NewCircular;
import vn.vanthu.mailbox.internal.EmbeddedMailServer;
import vn.vanthu.registry.DocumentFile;
import vn.vanthu.registry.DocumentRegistry;
import vn.vanthu.storage.BlobStore;
import vn.vanthu.support.Offices;
import vn.vanthu.support.TestInstallation;

/**
 * E-mails per second for a circular to many units, beside a plain Jakarta Mail loop that sends the same number of
 * messages of the same shape (text, HTML, and the circular's own files: the PDF and its edXML) over one connection,
 * in the same run and to the same SMTP server. Run with {@code bench/distribution.sh [units] [host:port]}; without a
 * server, an in-process GreenMail takes the mail.
 */
public final class DistributionBenchmark {

    public static void main(String[] args) throws Exception {
        BenchMessages.likeTheGateway();
        int units = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String[] server = args.length > 1 ? args[1].split(":") : null;
        EmbeddedMailServer sink = null;
        String host = "127.0.0.1";
        int port;
        if (server == null) {
            port = TestInstallation.freePort();
            sink = new EmbeddedMailServer(port, TestInstallation.freePort());
            sink.start();
        } else {
            host = server[0];
            port = Integer.parseInt(server[1]);
        }
        Path dataDir = Files.createTempDirectory("vanthu-bench-");
        try (ConfigurableApplicationContext gateway = new SpringApplicationBuilder(VanThuApplication.class)
                .run(
                        "--server.port=0",
                        "--vanthu.data-dir=" + dataDir,
                        "--vanthu.mail.embedded=false",
                        "--vanthu.mail.smtp.host=" + host,
                        "--vanthu.mail.smtp.port=" + port,
                        "--vanthu.mail.outbox.poll-interval=100ms",
                        "--logging.level.root=WARN")) {
            Offices.Office office = Offices.office(gateway.getBean(OrganizationDirectory.class), units);
            NewCircular circular = office.circular("tổ chức kỳ thi học sinh giỏi cấp huyện năm học 2026-2027");
            Result result = gatewayRun(gateway, circular);
            double raw = rawLoop(host, port, office, result.files());
            System.out.printf("%nCircular to %d units, SMTP %s:%d%n", units, host, port);
            System.out.printf("  plain Jakarta Mail loop, one connection : %8.1f e-mails/s%n", raw);
            System.out.printf(
                    "  VanThu outbox (sending phase)           : %8.1f e-mails/s  (%.0f %% of raw)%n",
                    result.sendRate(), 100 * result.sendRate() / raw);
            System.out.printf(
                    "  VanThu end to end (issue + send)        : %8.1f e-mails/s  (%.0f %% of raw)%n",
                    result.endToEndRate(), 100 * result.endToEndRate() / raw);
            System.out.printf("  issuing (numbering, %d register copies) : %8.1f s%n", units, result.issueSeconds());
        } finally {
            if (sink != null) {
                sink.stop();
            }
        }
    }

    private record Result(
            double issueSeconds, double sendRate, double endToEndRate, List<BenchMessages.Attachment> files) {}

    private static Result gatewayRun(ConfigurableApplicationContext gateway, NewCircular circular) throws IOException {
        long start = System.nanoTime();
        IssuedCircular issued = gateway.getBean(Circulars.class).issue(circular);
        long issuedAt = System.nanoTime();
        DeliveryBook deliveries = gateway.getBean(DeliveryBook.class);
        await().atMost(Duration.ofMinutes(10))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> deliveries.ofDocument(issued.document().id()).stream()
                        .allMatch(d -> d.status() == DeliveryStatus.SENT));
        long done = System.nanoTime();
        int count = issued.deliveries().size();
        return new Result(
                (issuedAt - start) / 1e9,
                count / ((done - issuedAt) / 1e9),
                count / ((done - start) / 1e9),
                files(gateway, issued.document().id()));
    }

    /** The issued document's files (the PDF and its edXML), as the gateway stored and attached them. */
    private static List<BenchMessages.Attachment> files(ConfigurableApplicationContext gateway, long document)
            throws IOException {
        BlobStore blobs = gateway.getBean(BlobStore.class);
        List<BenchMessages.Attachment> files = new ArrayList<>();
        for (DocumentFile file : gateway.getBean(DocumentRegistry.class)
                .find(document)
                .orElseThrow()
                .files()) {
            files.add(new BenchMessages.Attachment(file.fileName(), file.mediaType(), blobs.read(file.sha256())));
        }
        return files;
    }

    private static double rawLoop(String host, int port, Offices.Office office, List<BenchMessages.Attachment> files)
            throws Exception {
        Session session = BenchMessages.session(host, port);
        int count = office.schools().size();
        long start = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 1; i <= count; i++) {
                MimeMessage message = BenchMessages.delivery(session, office.address(i), files, i);
                transport.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
            }
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }
}
