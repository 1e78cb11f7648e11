package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiptKeysTests {

    private static final DocumentCode DOCUMENT = new DocumentCode("05", "PGDĐT-VP");

    @Test
    void readsEveryKeyOfAnOrdinaryReply() {
        var keys = ReceiptKeys.of(Receipts.read("gmail-web-vi-da-nhan.eml"));

        assertThat(keys.messageIds()).containsExactly(Receipts.MESSAGE_ID);
        assertThat(keys.addressTokens()).containsExactly(Receipts.TOKEN);
        assertThat(keys.subjectTokens()).containsExactly(Receipts.TOKEN);
        assertThat(keys.tokens()).containsExactly(Receipts.TOKEN);
        assertThat(keys.documentCode()).isEqualTo(DOCUMENT);
        assertThat(keys.from()).isEqualTo(Receipts.UNIT_ADDRESS);
        assertThat(keys.forwarded()).isFalse();
        assertThat(keys.vanThuAcknowledgement()).isFalse();
    }

    @Test
    void readsAManglededSubjectTokenWhenHeadersWereLost() {
        var keys = ReceiptKeys.of(Receipts.read("subject-token-only.eml"));

        assertThat(keys.messageIds()).isEmpty();
        assertThat(keys.addressTokens()).isEmpty();
        assertThat(keys.subjectTokens()).containsExactly(Receipts.TOKEN);
    }

    @Test
    void readsThePlusAddressAlone() {
        var keys = ReceiptKeys.of(Receipts.read("plus-address-only.eml"));

        assertThat(keys.tokens()).containsExactly(Receipts.TOKEN);
        assertThat(keys.subjectTokens()).isEmpty();
    }

    @Test
    void readsTheDocumentNumberOfANewMessage() {
        var keys = ReceiptKeys.of(Receipts.read("sender-and-number-only.eml"));

        assertThat(keys.isEmpty()).isFalse();
        assertThat(keys.tokens()).isEmpty();
        assertThat(keys.documentCode()).isEqualTo(DOCUMENT);
    }

    @Test
    void keepsReplyToAndSenderApartFromFrom() {
        var keys = ReceiptKeys.of(Receipts.read("spoofed-reply-to-unit.eml"));

        assertThat(keys.from()).isEqualTo(Receipts.OTHER_ADDRESS);
        assertThat(keys.senderAddresses()).containsExactly(Receipts.OTHER_ADDRESS, Receipts.UNIT_ADDRESS);
    }

    @Test
    void marksForwards() {
        assertThat(ReceiptKeys.of(Receipts.read("forwarded-copy.eml")).forwarded())
                .isTrue();
    }

    @Test
    void recognisesAnotherVanThusAcknowledgement() {
        var keys = ReceiptKeys.of(Receipts.read("vanthu-ack-other-installation.eml"));

        assertThat(keys.vanThuAcknowledgement()).isTrue();
        assertThat(keys.vanThuStatus()).isEqualTo("03");
        assertThat(keys.messageIds()).containsExactly(Receipts.MESSAGE_ID);
    }

    @Test
    void findsNothingInAMessageAboutSomethingElse() {
        var keys = ReceiptKeys.of(Receipts.read("unmatched-question.eml"));

        assertThat(keys.isEmpty()).isTrue();
        assertThat(ReceiptKeys.of(Receipts.read("odd-malformed-token.eml")).isEmpty())
                .isTrue();
    }

    @Test
    void readsRecipientHeadersEchoedTokensAndReferencesNewestFirst() {
        var keys = ReceiptKeys.of(Receipts.mail("""
                From: A <A@Example.VN>
                To: vanthu@localhost
                Delivered-To: vanthu+aaaaabbbbbcccccddddd@localhost
                X-VanThu-Delivery: EEEEEFFFFFGGGGGHHHHH
                In-Reply-To: <r2@x>
                References: <r0@x> <r1@x>
                 <r2@x>
                Subject: Re: [vt – 22222333334444455555] and [VT-22222333334444455555]
                """));

        assertThat(keys.messageIds()).containsExactly("<r2@x>", "<r1@x>", "<r0@x>");
        assertThat(keys.addressTokens()).containsExactly("aaaaabbbbbcccccddddd");
        assertThat(keys.subjectTokens()).containsExactly("22222333334444455555");
        assertThat(keys.echoedToken()).isEqualTo("eeeeefffffggggghhhhh");
        assertThat(keys.tokens())
                .containsExactly("aaaaabbbbbcccccddddd", "22222333334444455555", "eeeeefffffggggghhhhh");
        assertThat(keys.from()).isEqualTo("a@example.vn");
    }

    @Test
    void refusesTokensOfTheWrongShape() {
        assertThat(Tokens.inSubject("[VT-abc123] [VT-k7m3pq9xz2avb4wnrt8ex] [VT-k7m3pq9xz2avb4wnrt81]"))
                .isEmpty();
        assertThat(Tokens.isToken("k7m3pq9xz2avb4wnrt8e")).isTrue();
        assertThat(Tokens.isToken("K7M3PQ9XZ2AVB4WNRT8E")).isTrue();
        assertThat(Tokens.isToken("l7m3pq9xz2avb4wnrt8e")).isFalse();
    }
}
