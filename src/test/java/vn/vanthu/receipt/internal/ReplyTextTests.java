package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReplyTextTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            gmail-web-vi-da-nhan.eml                 | Đã nhận.\\n\\nTrân trọng,\\nNguyễn Thị Hoa\\nVăn thư Trường THCS Chiềng Lề
            gmail-android-ok.eml                     | ok
            gmail-en-quote-holds-refusal-words.eml   | Received, thank you. The school will send the list of athletes before 05/12.\\n\\nBest regards,\\nLò Văn Minh\\nPrincipal
            outlook-vi-da-nhan-van-ban.eml           | Trường đã nhận được văn bản, trân trọng.\\n\\nNguyễn Thị Hoa\\nVăn thư – Trường THCS Chiềng Lề\\nĐT: 0212 3852 647
            outlook-plain-original-message.eml       | Da nhan van ban. Cam on Phong.\\n\\nNguyen Thi Hoa\\nTHCS Chieng Le
            owa-underscore-rule.eml                  | Đã nhận văn bản.
            thunderbird-vi-signature.eml             | Trường THCS Chiềng Lề đã nhận công văn, sẽ triển khai theo hướng dẫn.
            thunderbird-en-bottom-posted.eml         | Received, thank you.\\nHoa
            iphone-vi-gui-tu-iphone.eml              | Đã nhận văn bản ạ.
            iphone-en-sent-from.eml                  | Received
            samsung-email-thu-goc.eml                | Đã nhận
            yahoo-android-vi.eml                     | Trường đã nhận công văn.
            zimbra-html-only.eml                     | Đã nhận, cảm ơn Phòng.
            html-only-cite-without-attribution.eml   | Đã nhận, cảm ơn.
            outlook-express-windows-1258.eml         | Đã nhận công văn.
            android-refuse-no-diacritics.eml         | Van ban gui nham truong, truong minh la tieu hoc khong co hoc sinh THCS. De nghi gui lai cho dung don vi.
            forwarded-copy.eml                       | Em chuyển thầy công văn của Phòng về Hội khỏe Phù Đổng, nhờ thầy xem và phân công.
            """)
    void keepsOnlyTheNewTextOfCorpusReplies(String file, String expected) {
        String text = ReplyText.of(Receipts.read(file));

        assertThat(Normalizer.normalize(text, Normalizer.Form.NFC)).isEqualTo(expected.replace("\\n", "\n"));
    }

    @Test
    void leavesNothingOfAReplyThatOnlyQuotes() {
        assertThat(ReplyText.of(Receipts.read("reply-without-new-text.eml"))).isEmpty();
    }

    @Test
    void cutsAtAGmailAttributionWrappedOverLines() {
        String text =
                "Đã nhận.\n\nVào Th 5, 26 thg 11, 2026 vào lúc 08:00 Phòng GD <\nvanthu+x@localhost> đã viết:\n\n> Kính gửi";

        assertThat(ReplyText.trim(text)).isEqualTo("Đã nhận.");
    }

    @Test
    void keepsAShortAnswerDirectlyAboveAnAttribution() {
        String text = "ok\nOn Thu, Nov 26, 2026 at 8:00 AM Phòng GD <vanthu@localhost>\nwrote:\n> gửi nhầm";

        assertThat(ReplyText.trim(text)).isEqualTo("ok");
    }

    @Test
    void cutsAtAThunderbirdAttributionWithADate() {
        assertThat(ReplyText.trim("Đã nhận\n\nOn 26/11/2026 08:00, Phòng GD wrote:\n> từ chối"))
                .isEqualTo("Đã nhận");
        assertThat(ReplyText.trim("Đã nhận\n\n26/11/2026 08:00, Phòng GD đã viết:\n> từ chối"))
                .isEqualTo("Đã nhận");
    }

    @Test
    void cutsAtAVietnameseOutlookHeaderBlockWithoutASeparator() {
        String text = "Đã nhận\n\nTừ: Phòng GD <vanthu@localhost>\nĐã gửi: Thứ Năm, 26 tháng 11, 2026 8:00 SA\n"
                + "Đến: Trường\nChủ đề: Công văn\n\nNếu gửi nhầm, xin trả lời \"từ chối\"";

        assertThat(ReplyText.trim(text)).isEqualTo("Đã nhận");
    }

    @Test
    void cutsAtAnOutlookHeaderBlockOnOneLine() {
        String text = "Đã nhận\n*From:* Phòng GD *Sent:* Thursday *To:* Trường *Subject:* Công văn\ntừ chối";

        assertThat(ReplyText.trim(text)).isEqualTo("Đã nhận");
    }

    @Test
    void keepsALineThatOnlyStartsLikeAHeader() {
        String text = "Từ: ngày 01/12 trường sẽ triển khai.\nĐã nhận.";

        assertThat(ReplyText.trim(text)).isEqualTo(text);
    }

    @Test
    void cutsTheSignatureAfterTheDelimiterButKeepsTheSignOff() {
        assertThat(ReplyText.trim("Đã nhận.\n\nTrân trọng,\nHoa\n-- \nĐT: 0212 3852 647"))
                .isEqualTo("Đã nhận.\n\nTrân trọng,\nHoa");
    }

    @Test
    void cutsPhoneFootersInBothLanguages() {
        assertThat(ReplyText.trim("Đã nhận\n\nSent from my iPhone")).isEqualTo("Đã nhận");
        assertThat(ReplyText.trim("Đã nhận\nĐược gửi từ điện thoại Galaxy của tôi."))
                .isEqualTo("Đã nhận");
        assertThat(ReplyText.trim("Đã nhận\nGet Outlook for Android")).isEqualTo("Đã nhận");
    }

    @Test
    void keepsASentenceThatOnlyStartsLikeAFooter() {
        assertThat(ReplyText.trim("Gửi từ trường THCS Chiềng Lề: đã nhận."))
                .isEqualTo("Gửi từ trường THCS Chiềng Lề: đã nhận.");
    }

    @Test
    void keepsTheAnswerBelowAQuote() {
        assertThat(ReplyText.trim("> Kính gửi\n> gửi nhầm\n\nĐã nhận.\n\n-- \nHoa"))
                .isEqualTo("Đã nhận.");
    }

    @Test
    void leavesNothingBelowAnUnmarkedOriginal() {
        assertThat(ReplyText.trim("-----Original Message-----\nFrom: a\nSent: b\nSubject: c\n\ntừ chối"))
                .isEmpty();
    }

    @Test
    void dropsGmailQuoteContainersFromHtml() {
        String html = "<div dir=\"ltr\">Đã nhận</div><div class=\"gmail_quote\"><div class=\"gmail_attr\">On …</div>"
                + "<blockquote class=\"gmail_quote\">gửi nhầm</blockquote></div>";

        assertThat(ReplyText.trim(HtmlReply.withoutQuotes(html))).isEqualTo("Đã nhận");
    }

    @Test
    void dropsEverythingAfterOutlooksReplyMarker() {
        String html = "<div><div>Đã nhận</div><hr><div id=\"divRplyFwdMsg\"><b>From:</b> Phòng</div></div>"
                + "<div>Nếu gửi nhầm, xin trả lời từ chối</div>";

        assertThat(ReplyText.trim(HtmlReply.withoutQuotes(html))).isEqualTo("Đã nhận");
    }

    @Test
    void dropsEverythingAfterOutlookDesktopsBorderedHeader() {
        String html = "<div class=\"WordSection1\"><p>Đã nhận</p><div><div style=\"border:none;border-top:solid #E1E1E1"
                + " 1.0pt\"><p><b>Từ:</b> Phòng</p></div></div><p>từ chối</p></div>";

        assertThat(ReplyText.trim(HtmlReply.withoutQuotes(html))).isEqualTo("Đã nhận");
    }

    @Test
    void saysSoWhenHtmlHasNoQuoteContainer() {
        assertThat(HtmlReply.withoutQuotes("<p>Đã nhận</p>")).isNull();
    }
}
