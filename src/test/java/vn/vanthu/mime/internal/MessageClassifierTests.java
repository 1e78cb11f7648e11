package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.mime.internal.Mails.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanthu.mime.MailPart;
import vn.vanthu.mime.MessageClass;
import vn.vanthu.mime.MessageClassifier;
import vn.vanthu.mime.ParsedMail;

class MessageClassifierTests {

    private final MessageClassifier classifier = MessageClassifier.standard();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "outlook-rfc2047-quoted-name.eml, OFFICIAL_DOCUMENT",
        "outlook-winmail-dat.eml, OFFICIAL_DOCUMENT",
        "gmail-rfc2231-filename.eml, OFFICIAL_DOCUMENT",
        "thunderbird-rfc2231-continuations.eml, OFFICIAL_DOCUMENT",
        "apple-mail-inline-pdf.eml, OFFICIAL_DOCUMENT",
        "forwarded-rfc822.eml, OFFICIAL_DOCUMENT",
        "forwarded-inline-gmail.eml, OFFICIAL_DOCUMENT",
        "windows-1258-letter.eml, OFFICIAL_DOCUMENT",
        "letter-in-html-body.eml, OFFICIAL_DOCUMENT",
        "letter-without-diacritics.eml, OFFICIAL_DOCUMENT",
        "scanned-letter-jpeg.eml, OFFICIAL_DOCUMENT",
        "edxml-package.eml, OFFICIAL_DOCUMENT",
        "mailing-list-letter.eml, OFFICIAL_DOCUMENT",
        "dsn-postfix.eml, BOUNCE",
        "dsn-exchange.eml, BOUNCE",
        "dsn-gmail.eml, BOUNCE",
        "bounce-classic-vietnamese.eml, BOUNCE",
        "mdn-thunderbird.eml, READ_RECEIPT",
        "mdn-outlook-da-doc.eml, READ_RECEIPT",
        "vacation-vietnamese.eml, AUTO_REPLY",
        "vacation-english-outlook.eml, AUTO_REPLY",
        "mailing-list-newsletter.eml, AUTO_REPLY",
        "reply-quoting-letter.eml, DELIVERY_REPLY",
        "reply-plus-token.eml, DELIVERY_REPLY",
        "long-message-id.eml, DELIVERY_REPLY",
        "outlook-normal-with-suppress.eml, OTHER",
        "signature-logos-only.eml, OTHER",
        "outlook-broken-winmail-dat.eml, OTHER",
        "utf8-mislabelled-latin1.eml, OTHER"
    })
    void classifiesRealisticMail(String fixture, MessageClass expected) {
        assertThat(classifier.classify(read(fixture))).isEqualTo(expected);
    }

    @Test
    void recognisesBouncesBeforeTheDocumentTheyCarry() {
        ParsedMail bounce = read("dsn-postfix.eml");

        assertThat(classifier.documentParts(bounce))
                .extracting(MailPart::fileName)
                .containsExactly("05.pdf");
        assertThat(classifier.classify(bounce)).isEqualTo(MessageClass.BOUNCE);
    }

    @Test
    void listsDocumentPartsInMessageOrderWithForwardedOnes() {
        assertThat(classifier.documentParts(read("duplicate-and-missing-names.eml")))
                .extracting(MailPart::fileName)
                .containsExactly("CongVan.pdf", "congvan (2).PDF", "tep-dinh-kem-1.pdf", "CongVan (3).pdf");
        assertThat(classifier.documentParts(read("forwarded-rfc822.eml")))
                .extracting(MailPart::path)
                .containsExactly("2.2");
        assertThat(classifier.documentParts(read("outlook-winmail-dat.eml")))
                .extracting(MailPart::fileName)
                .containsExactly("CV15UBND.pdf", "PhuLuc.doc");
    }

    @Test
    void tellsALetterInTheBodyFromAShortReplyQuotingOne() {
        assertThat(classifier.bodyIsDocument(read("letter-in-html-body.eml"))).isTrue();
        assertThat(classifier.bodyIsDocument(read("windows-1258-letter.eml"))).isTrue();
        assertThat(classifier.bodyIsDocument(read("reply-quoting-letter.eml"))).isFalse();
        assertThat(classifier.bodyIsDocument(read("outlook-rfc2047-quoted-name.eml")))
                .isFalse();
    }
}
