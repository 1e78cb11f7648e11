package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.vanthu.receipt.internal.DispositionReport.Disposition;
import vn.vanthu.receipt.internal.DispositionReport.Mode;

class DispositionReportTests {

    @Test
    void readsAThunderbirdReceiptSentByThePerson() {
        var report = DispositionReport.of(Receipts.read("mdn-thunderbird-displayed.eml"));

        assertThat(report)
                .isEqualTo(new DispositionReport(
                        Receipts.MESSAGE_ID,
                        Receipts.UNIT_ADDRESS,
                        Disposition.DISPLAYED,
                        Mode.MANUAL,
                        Mode.MANUAL,
                        "Mozilla Thunderbird",
                        true));
        assertThat(report.confirmsReceipt()).isTrue();
    }

    @Test
    void readsAnOutlookDaDocReceiptSentAutomatically() {
        var report = DispositionReport.of(Receipts.read("mdn-outlook-da-doc.eml"));

        assertThat(report.originalMessageId()).isEqualTo(Receipts.MESSAGE_ID);
        assertThat(report.disposition()).isEqualTo(Disposition.DISPLAYED);
        assertThat(report.actionMode()).isEqualTo(Mode.AUTOMATIC);
        assertThat(report.sendingMode()).isEqualTo(Mode.AUTOMATIC);
        assertThat(report.reportingUa()).isEqualTo("Microsoft Outlook 16.0");
    }

    @Test
    void takesADeletionForNoReceipt() {
        var report = DispositionReport.of(Receipts.read("mdn-outlook-deleted-unread.eml"));

        assertThat(report.disposition()).isEqualTo(Disposition.DELETED);
        assertThat(report.confirmsReceipt()).isFalse();
    }

    @Test
    void fallsBackToThreadingHeadersWithoutOriginalMessageId() {
        var report = DispositionReport.of(Receipts.read("mdn-apple-mail-no-original-id.eml"));

        assertThat(report.originalMessageId()).isEqualTo(Receipts.MESSAGE_ID);
        assertThat(report.finalRecipient()).isEqualTo(Receipts.UNIT_ADDRESS);
        assertThat(report.reportingUa()).isEqualTo("Apple Mail");
    }

    @Test
    void readsAPlainExchangeReceiptAsDisplayedByTheSender() {
        var report = DispositionReport.of(Receipts.read("exchange-plain-read-receipt.eml"));

        assertThat(report.standard()).isFalse();
        assertThat(report.disposition()).isEqualTo(Disposition.DISPLAYED);
        assertThat(report.finalRecipient()).isEqualTo(Receipts.UNIT_ADDRESS);
        assertThat(report.originalMessageId()).isNull();
        assertThat(ReceiptKeys.of(Receipts.read("exchange-plain-read-receipt.eml"))
                        .subjectTokens())
                .containsExactly(Receipts.TOKEN);
    }

    @Test
    void readsTheReturnedHeadersWhenTheFieldIsMissingAndReadsOddDispositions() {
        var mail = Receipts.mail("""
                From: a@example.vn
                Subject: Read: x
                Content-Type: multipart/report; report-type=disposition-notification; boundary="b"

                --b
                Content-Type: message/disposition-notification

                Final-Recipient: rfc822;A@Example.vn
                Disposition: manual-action/MDN-sent-automatically; dispatched/error

                --b
                Content-Type: text/rfc822-headers

                Message-ID: <d1@localhost>
                Subject: x
                --b--
                """);

        var report = DispositionReport.of(mail);

        assertThat(report.originalMessageId()).isEqualTo("<d1@localhost>");
        assertThat(report.finalRecipient()).isEqualTo("a@example.vn");
        assertThat(report.disposition()).isEqualTo(Disposition.DISPATCHED);
        assertThat(report.actionMode()).isEqualTo(Mode.MANUAL);
        assertThat(report.sendingMode()).isEqualTo(Mode.AUTOMATIC);
    }
}
