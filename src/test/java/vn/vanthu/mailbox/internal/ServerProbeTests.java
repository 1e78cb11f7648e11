package vn.vanthu.mailbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mailbox.SmtpSettings;

/** A connection test against a server that is not there says so, with the reason, and does not hang. */
class ServerProbeTests {

    final ServerProbe probe = new ServerProbe();

    @Test
    void reportsAMailboxNobodyAnswersFor() throws Exception {
        int port = closedPort();
        var mailbox = new MailboxSettings(
                "van-thu", "imap", "127.0.0.1", port, "vanthu", "secret", null, null, null, null, null, null);
        ServerProbe.Finding found = probe.mailbox(mailbox);
        assertThat(found.ok()).isFalse();
        assertThat(found.lines()).singleElement().asString().startsWith("Không kết nối được: ");
    }

    @Test
    void reportsAnSmtpServerNobodyAnswersFor() throws Exception {
        ServerProbe.Finding found = probe.smtp(new SmtpSettings("127.0.0.1", closedPort(), null, null, false, false));
        assertThat(found.ok()).isFalse();
        assertThat(found.lines()).singleElement().asString().startsWith("Không kết nối được máy chủ SMTP: ");
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
