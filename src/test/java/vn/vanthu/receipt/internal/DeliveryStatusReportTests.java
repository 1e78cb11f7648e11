package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import vn.vanthu.receipt.internal.DeliveryStatusReport.Action;
import vn.vanthu.receipt.internal.DeliveryStatusReport.Recipient;

class DeliveryStatusReportTests {

    private static final OriginalMessage DELIVERY = new OriginalMessage(Receipts.MESSAGE_ID, Receipts.TOKEN);

    @Test
    void readsPostfixUserUnknownWithTheReturnedMessage() {
        var report = DeliveryStatusReport.of(Receipts.read("dsn-postfix-user-unknown.eml"));

        assertThat(report.standard()).isTrue();
        assertThat(report.reportingMta()).isEqualTo("localhost");
        assertThat(report.original()).isEqualTo(DELIVERY);
        assertThat(report.failures())
                .containsExactly(new Recipient(
                        Receipts.UNIT_ADDRESS,
                        Action.FAILED,
                        "5.1.1",
                        "550 5.1.1 <thcs.chiengle@sonla.edu.vn>: Recipient address rejected: User unknown in virtual"
                                + " mailbox table",
                        "mx.sonla.edu.vn"));
    }

    @Test
    void readsExchangeOnlineWithReturnedHeadersOnly() {
        var report = DeliveryStatusReport.of(Receipts.read("dsn-exchange-online-not-found.eml"));

        assertThat(report.original()).isEqualTo(DELIVERY);
        assertThat(report.failures()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo("5.1.10");
            assertThat(r.diagnostic()).startsWith("550 5.1.10 RESOLVER.ADR.RecipientNotFound");
        });
    }

    @Test
    void readsGmailAddressNotFound() {
        var report = DeliveryStatusReport.of(Receipts.read("dsn-gmail-address-not-found.eml"));

        assertThat(report.original()).isEqualTo(DELIVERY);
        assertThat(report.failures())
                .extracting(Recipient::address, Recipient::status)
                .containsExactly(tuple(Receipts.UNIT_ADDRESS, "5.1.1"));
    }

    @Test
    void takesADelayForNoFailure() {
        var report = DeliveryStatusReport.of(Receipts.read("dsn-postfix-delayed.eml"));

        assertThat(report.recipients()).extracting(Recipient::action).containsExactly(Action.DELAYED);
        assertThat(report.hasFailures()).isFalse();
        assertThat(report.original()).isEqualTo(DELIVERY);
    }

    @Test
    void readsAClassicQmailBounceFromItsText() {
        var report = DeliveryStatusReport.of(Receipts.read("bounce-qmail-inline-copy.eml"));

        assertThat(report.standard()).isFalse();
        assertThat(report.original()).isEqualTo(DELIVERY);
        assertThat(report.failures()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo(Receipts.UNIT_ADDRESS);
            assertThat(r.status()).isEqualTo("5.1.1");
            assertThat(r.diagnostic()).contains("Remote host said: 550 5.1.1");
        });
    }

    @Test
    void readsExchangesRemoteServerReturned() {
        var report = DeliveryStatusReport.of(Receipts.read("bounce-exchange-remote-server-returned.eml"));

        assertThat(report.original()).isEqualTo(DELIVERY);
        assertThat(report.failures())
                .containsExactly(new Recipient(
                        Receipts.UNIT_ADDRESS,
                        Action.FAILED,
                        "5.1.1",
                        "550 5.1.1 <thcs.chiengle@sonla.edu.vn>... User unknown",
                        null));
    }

    @Test
    void readsAVietnameseProvidersBounce() {
        var report = DeliveryStatusReport.of(Receipts.read("bounce-vietnamese-khong-gui-duoc.eml"));

        assertThat(report.original()).isEqualTo(DELIVERY);
        assertThat(report.failures()).singleElement().satisfies(r -> {
            assertThat(r.address()).isEqualTo(Receipts.UNIT_ADDRESS);
            assertThat(r.status()).isEqualTo("5.2.2");
            assertThat(r.diagnostic()).contains("hộp thư người nhận đã đầy");
        });
    }

    @Test
    void namesTheOtherMessageOfAnUnrelatedBounce() {
        var report = DeliveryStatusReport.of(Receipts.read("dsn-about-another-message.eml"));

        assertThat(report.original().messageId()).isEqualTo("<7d1e9a40-3c2b-4f85-9e60-b1a2c3d4e5f6@localhost>");
        assertThat(report.original().deliveryToken()).isNull();
    }

    @Test
    void readsRecipientsWithoutBlankLinesBetweenThemAndInfersTheAction() {
        var mail = Receipts.mail("""
                From: MAILER-DAEMON@mx.example
                Subject: Undelivered Mail Returned to Sender
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example
                Final-Recipient: rfc822; <A@Example.VN>
                Status: 5.2.2
                Final-Recipient: rfc822; b@example.vn
                Action: delayed
                Status: 4.4.7
                Final-Recipient: rfc822; c@example.vn
                Action: relayed
                --b--
                """);

        var report = DeliveryStatusReport.of(mail);

        assertThat(report.reportingMta()).isEqualTo("mx.example");
        assertThat(report.recipients())
                .extracting(Recipient::address, Recipient::action)
                .containsExactly(
                        tuple("a@example.vn", Action.FAILED),
                        tuple("b@example.vn", Action.DELAYED),
                        tuple("c@example.vn", Action.RELAYED));
        assertThat(report.failures()).hasSize(1);
    }

    @Test
    void readsTheFailedRecipientsHeaderWhenTheTextNamesNobody() {
        var mail = Receipts.mail("""
                From: Mail Delivery Subsystem <mailer-daemon@example.vn>
                Subject: Delivery Status Notification (Failure)
                X-Failed-Recipients: truong@example.vn
                In-Reply-To: <d1@localhost>
                Content-Type: text/plain; charset=utf-8

                Your message could not be delivered. The response was:
                550 5.7.1 Message rejected as spam
                """);

        var report = DeliveryStatusReport.of(mail);

        assertThat(report.original().messageId()).isEqualTo("<d1@localhost>");
        assertThat(report.failures())
                .containsExactly(new Recipient(
                        "truong@example.vn", Action.FAILED, "5.7.1", "550 5.7.1 Message rejected as spam", null));
    }

    @Test
    void keepsTheFailureOfAClassicBounceThatNamesNobody() {
        var mail = Receipts.mail("""
                From: MAILER-DAEMON@mx.example.vn
                Subject: Mail delivery failed: returning message to sender
                Content-Type: text/plain

                This message was created automatically by mail delivery software.
                A message that you sent could not be delivered to all of its recipients.
                """);

        var report = DeliveryStatusReport.of(mail);

        assertThat(report.hasFailures()).isTrue();
        assertThat(report.recipients())
                .singleElement()
                .satisfies(r -> assertThat(r.address()).isNull());
    }
}
