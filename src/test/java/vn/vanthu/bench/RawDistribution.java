package vn.vanthu.bench;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import vn.vanthu.e2e.RealServers;

/** The plain Jakarta Mail loop the distribution is measured against: the same messages over one connection. */
final class RawDistribution {

    private RawDistribution() {}

    /** E-mails per second, and CPU per e-mail of this program and of the machine. */
    record Result(double rate, CpuMeter.PerItem cpu) {}

    static Result run(int units, byte[] pdf) throws Exception {
        Session session = BenchMessages.session(RealServers.SMTP_HOST, RealServers.SMTP_PORT);
        long start = System.nanoTime();
        CpuMeter cpu = CpuMeter.start(ProcessHandle.current());
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int i = 1; i <= units; i++) {
                MimeMessage message =
                        BenchMessages.delivery(session, String.format("unit%04d@bench.e2e.test", i), pdf, i);
                transport.sendMessage(message, message.getRecipients(Message.RecipientType.TO));
            }
        }
        return new Result(units / ((System.nanoTime() - start) / 1e9), cpu.per(units));
    }
}
