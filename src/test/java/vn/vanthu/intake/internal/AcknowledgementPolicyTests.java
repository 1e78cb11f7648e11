package vn.vanthu.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.mailbox.MailProperties;
import vn.vanthu.mailbox.MailboxSettings;
import vn.vanthu.mime.MailReader;
import vn.vanthu.mime.ParsedMail;

class AcknowledgementPolicyTests {

    final MailReader reader = MailReader.standard();
    final AcknowledgementPolicy policy = new AcknowledgementPolicy(new MailProperties(
            false,
            null,
            null,
            null,
            "vanthu@phonggd.vn",
            null,
            null,
            null,
            List.of(new MailboxSettings(
                    "so-gd", "imaps", "imap.vn", null, "congvan@phonggd.vn", "x", null, null, null, null, null, null)),
            null));

    @Test
    void acknowledgesALetterFromAPerson() {
        assertThat(policy.allows(mail("From: Văn phòng <vanphong@sogd.vn>"))).isTrue();
    }

    @Test
    void ignoresAutoSubmittedMessages() throws IOException {
        assertThat(policy.allows(reader.read(Path.of("src/test/resources/mail/vacation-vietnamese.eml"))))
                .isFalse();
        assertThat(policy.allows(mail("From: a@b.vn\r\nAuto-Submitted: auto-generated")))
                .isFalse();
        assertThat(policy.allows(mail("From: a@b.vn\r\nAuto-Submitted: no"))).isTrue();
    }

    @Test
    void ignoresBulkAndListMail() throws IOException {
        assertThat(policy.allows(reader.read(Path.of("src/test/resources/mail/mailing-list-letter.eml"))))
                .isFalse();
        assertThat(policy.allows(mail("From: a@b.vn\r\nPrecedence: bulk"))).isFalse();
        assertThat(policy.allows(mail("From: a@b.vn\r\nX-Autoreply: yes"))).isFalse();
    }

    @Test
    void ignoresBouncesAndDaemons() throws IOException {
        assertThat(policy.allows(reader.read(Path.of("src/test/resources/mail/dsn-postfix.eml"))))
                .isFalse();
        assertThat(policy.allows(mail("From: MAILER-DAEMON@mx.vn"))).isFalse();
        assertThat(policy.allows(mail("From: no-reply@dichvucong.gov.vn"))).isFalse();
        assertThat(policy.allows(mail("From: a@b.vn\r\nReturn-Path: <>"))).isFalse();
    }

    @Test
    void neverWritesToTheGatewaysOwnMailboxes() {
        assertThat(policy.allows(mail("From: vanthu@phonggd.vn"))).isFalse();
        assertThat(policy.allows(mail("From: vanthu+abc123@phonggd.vn"))).isFalse();
        assertThat(policy.allows(mail("From: CongVan@PhongGD.vn"))).isFalse();
    }

    @Test
    void needsASender() {
        assertThat(policy.allows(mail("To: vanthu@phonggd.vn"))).isFalse();
    }

    private ParsedMail mail(String headers) {
        String raw = headers + "\r\nSubject: Công văn\r\nMessage-ID: <x@y>\r\n\r\nNội dung\r\n";
        return reader.read(raw.getBytes(StandardCharsets.UTF_8));
    }
}
