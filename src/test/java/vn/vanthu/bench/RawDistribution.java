package vn.vanthu.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import vn.vanthu.e2e.RealServers;

/**
 * The plain Jakarta Mail loop the distribution is measured against: the same messages (the circular's own files, as
 * the gateway stored them) over one connection.
 */
final class RawDistribution {

    private RawDistribution() {}

    /** E-mails per second, CPU per e-mail of this program and of the machine, and the size of one message. */
    record Result(double rate, CpuMeter.PerItem cpu, long messageBytes) {}

    static Result run(int units, List<BenchMessages.Attachment> files) throws Exception {
        Session session = BenchMessages.session(RealServers.SMTP_HOST, RealServers.SMTP_PORT);
        long start = System.nanoTime();
        CpuMeter cpu = CpuMeter.start(ProcessHandle.current());
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 1; i <= units; i++) {
                MimeMessage message =
                        BenchMessages.delivery(session, String.format("unit%04d@bench.e2e.test", i), files, i);
                transport.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
            }
        }
        double rate = units / ((System.nanoTime() - start) / 1e9);
        MimeMessage one = BenchMessages.delivery(session, "unit0001@bench.e2e.test", files, 1);
        return new Result(rate, cpu.per(units), BenchMessages.size(one));
    }
}
