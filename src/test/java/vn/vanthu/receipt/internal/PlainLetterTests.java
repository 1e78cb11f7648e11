package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanthu.intake.MailClassified;

/** Which incoming letters the receipt desk need not read again: only those that cannot answer a delivery. */
class PlainLetterTests {

    @Test
    void skipsAnOfficialDocumentThatNamesNoDelivery() {
        assertThat(ReceiptDesk.isPlainLetter(
                        letter("OFFICIAL_DOCUMENT", "Công văn số 12/SGDĐT", List.of(), "van-thu@so.vn")))
                .isTrue();
    }

    @Test
    void readsEverythingThatCouldAnswerADelivery() {
        assertThat(ReceiptDesk.isPlainLetter(
                        letter("OFFICIAL_DOCUMENT", "Công văn", List.of("<a@b>"), "van-thu@so.vn")))
                .isFalse();
        assertThat(ReceiptDesk.isPlainLetter(
                        letter("OFFICIAL_DOCUMENT", "Công văn", List.of(), "vanthu+abcdefghijkmnpqrstuv@so.vn")))
                .isFalse();
        assertThat(ReceiptDesk.isPlainLetter(
                        letter("OFFICIAL_DOCUMENT", "Re: [VT-abcdefghijkmnpqrstuv] Công văn", List.of(), "x@so.vn")))
                .isFalse();
        assertThat(ReceiptDesk.isPlainLetter(letter("DELIVERY_REPLY", "Đã nhận", List.of(), "x@so.vn")))
                .isFalse();
    }

    private static MailClassified letter(String messageClass, String subject, List<String> inReplyTo, String to) {
        return new MailClassified(
                1, messageClass, "truong@so.vn", List.of(to), subject, "<m@so.vn>", inReplyTo, List.of(), "sha");
    }
}
