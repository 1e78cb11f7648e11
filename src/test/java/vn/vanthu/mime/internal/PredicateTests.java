package vn.vanthu.mime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanthu.mime.internal.Mails.mail;
import static vn.vanthu.mime.internal.Mails.read;

import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.vanthu.mime.MailPart.Disposition;

class PredicateTests {

    @Nested
    class IsBounceTests {
        private final IsBounce isBounce = new IsBounce();

        @Test
        void acceptsDeliveryStatusReports() {
            assertThat(isBounce).accepts(read("dsn-postfix.eml"), read("dsn-exchange.eml"), read("dsn-gmail.eml"));
        }

        @Test
        void acceptsClassicBouncesFromMailSystems() {
            assertThat(isBounce)
                    .accepts(
                            read("bounce-classic-vietnamese.eml"),
                            mail().from("postmaster@truong.edu.vn", null)
                                    .subject("Mail delivery failed: returning message to sender")
                                    .build());
        }

        @Test
        void ignoresAPersonWritingAboutUndeliveredMail() {
            assertThat(isBounce)
                    .rejects(
                            mail().subject("Undeliverable: thư của anh không tới?")
                                    .build(),
                            read("mdn-thunderbird.eml"));
        }
    }

    @Nested
    class IsReadReceiptTests {
        private final IsReadReceipt isReadReceipt = new IsReadReceipt();

        @Test
        void acceptsDispositionNotifications() {
            assertThat(isReadReceipt).accepts(read("mdn-thunderbird.eml"), read("mdn-outlook-da-doc.eml"));
        }

        @Test
        void acceptsExchangePlainReceipts() {
            assertThat(isReadReceipt)
                    .accepts(mail().subject("Read: Công văn số 05")
                            .text("Your message was read on 2 June 2025.")
                            .build());
        }

        @Test
        void ignoresASubjectAloneAndBounces() {
            assertThat(isReadReceipt)
                    .rejects(
                            mail().subject("Đã đọc: công văn")
                                    .text("Em đọc rồi ạ")
                                    .build(),
                            read("dsn-postfix.eml"));
        }
    }

    @Nested
    class IsAutoReplyTests {
        private final IsAutoReply isAutoReply = new IsAutoReply();

        @Test
        void acceptsAutoSubmittedAndVacationSubjects() {
            assertThat(isAutoReply)
                    .accepts(
                            read("vacation-vietnamese.eml"),
                            read("vacation-english-outlook.eml"),
                            mail().header("X-Autoreply", "yes").build(),
                            mail().header("Precedence", "auto_reply").build(),
                            mail().subject("Tự động trả lời: Công văn 05").build(),
                            mail().subject("Vắng mặt: đi công tác").build());
        }

        @Test
        void needsAnotherSignBesideXAutoResponseSuppress() {
            assertThat(isAutoReply)
                    .rejects(
                            read("outlook-normal-with-suppress.eml"),
                            mail().header("X-Auto-Response-Suppress", "All")
                                    .subject("Công văn 291")
                                    .build(),
                            mail().header("Auto-Submitted", "no").build(),
                            mail().subject("Nghỉ phép ngày 5/6").build());
            assertThat(isAutoReply)
                    .accepts(mail().header("X-Auto-Response-Suppress", "All")
                            .subject("RE: Out of office until Monday")
                            .build());
        }
    }

    @Nested
    class IsBulkMailTests {
        @Test
        void acceptsListAndBulkHeaders() {
            assertThat(new IsBulkMail())
                    .accepts(read("mailing-list-newsletter.eml"), read("mailing-list-letter.eml"))
                    .rejects(read("outlook-rfc2047-quoted-name.eml"));
        }
    }

    @Nested
    class HasDocumentAttachmentTests {
        private final HasDocumentAttachment hasDocument = new HasDocumentAttachment();

        @Test
        void acceptsDocumentsByTypeExtensionOrMagicBytes() {
            assertThat(hasDocument)
                    .accepts(
                            mail().part(
                                            "a.bin",
                                            "application/octet-stream",
                                            Disposition.ATTACHMENT,
                                            "%PDF-1.4 x".getBytes(),
                                            null)
                                    .build(),
                            mail().part(
                                            "QD.rtf",
                                            "application/octet-stream",
                                            Disposition.ATTACHMENT,
                                            "{\\rtf1".getBytes(),
                                            null)
                                    .build(),
                            read("edxml-package.eml"),
                            read("scanned-letter-jpeg.eml"));
        }

        @Test
        void skipsLogosSmallPicturesAndContainers() {
            byte[] big = new byte[50_000];
            Arrays.fill(big, (byte) 7);
            assertThat(hasDocument)
                    .rejects(
                            read("signature-logos-only.eml"),
                            mail().html("<img src=\"cid:logo@x\">")
                                    .part("logo.jpg", "image/jpeg", Disposition.INLINE, big, "logo@x")
                                    .build(),
                            mail().part("x.png", "image/png", Disposition.ATTACHMENT, new byte[5_000], null)
                                    .build(),
                            read("outlook-broken-winmail-dat.eml"));
        }
    }

    @Nested
    class HasLetterInBodyTests {
        private final HasLetterInBody hasLetter = new HasLetterInBody();

        @Test
        void acceptsTwoMarksOfALetterWithOrWithoutDiacritics() {
            assertThat(hasLetter)
                    .accepts(
                            read("windows-1258-letter.eml"),
                            read("letter-without-diacritics.eml"),
                            read("forwarded-inline-gmail.eml"),
                            mail().text("Số : 4144 /GDĐT – VP\nVề việc tổ chức thi")
                                    .build(),
                            mail().text("Hà Nội, ngày 5 tháng11 năm 2010\nKính gởi: các trường")
                                    .build());
        }

        @Test
        void rejectsOneMarkAndQuotedLetters() {
            assertThat(hasLetter)
                    .rejects(
                            mail().text("Thực hiện Công văn số 4288/BGDĐT ngày 1/9")
                                    .build(),
                            read("reply-quoting-letter.eml"),
                            mail().subject("RE: Công văn 291")
                                    .text(
                                            "Đã nhận.\n\n-----Original Message-----\nSố: 291/GD&ĐT\nV/v cập nhật\nKính gửi: các trường")
                                    .build());
        }
    }

    @Nested
    class IsReplyTests {
        private final IsReply isReply = new IsReply();

        @Test
        void acceptsThreadingHeadersReplySubjectsAndTokens() {
            assertThat(isReply)
                    .accepts(
                            mail().inReplyTo("<a@b>").build(),
                            mail().subject("TL: Công văn 05").build(),
                            mail().subject("Trả lời: Công văn 05").build(),
                            mail().subject("Phan hoi: cong van").build(),
                            mail().subject("AW: Bericht").build(),
                            read("reply-plus-token.eml"));
        }

        @Test
        void rejectsForwardsAndNewMail() {
            assertThat(isReply)
                    .rejects(
                            mail().subject("Fwd: Công văn 05").build(),
                            mail().subject("Kế hoạch").build());
        }
    }
}
