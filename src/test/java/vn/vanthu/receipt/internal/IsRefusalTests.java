package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsRefusalTests {

    private final IsRefusal isRefusal = new IsRefusal();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Văn bản gửi nhầm đơn vị, đề nghị Phòng gửi lại",
                "Trường chúng tôi không phải đơn vị nhận",
                "Văn bản không đúng đơn vị.",
                "Trường không thuộc đơn vị được giao.",
                "Nhầm đơn vị rồi ạ",
                "Sai đơn vị nhận",
                "Gửi sai địa chỉ",
                "Đề nghị gửi lại cho đúng",
                "Trường từ chối tiếp nhận văn bản này",
                "TỪ CHỐI",
                "tu choi",
                "van ban gui nham truong",
                "ko phai don vi nhan",
                "This was sent to the wrong recipient.",
                "Not for us, sorry.",
                "We refuse this document."
            })
    void recognisesRefusals(String text) {
        assertThat(isRefusal.test(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Đã nhận",
                "ok",
                "Trường đã nhận được văn bản, trân trọng.",
                "Nhà trường không từ chối tham gia.",
                "Trường không hề từ chối văn bản này",
                "Văn bản không phải gửi nhầm, trường đã nhận.",
                "Chưa từ chối, đang xem xét",
                "We do not refuse it, thank you.",
                "Từ ngày 01/12 trường triển khai"
            })
    void takesOtherAnswersAndNegationsForConfirmations(String text) {
        assertThat(isRefusal.test(text)).isFalse();
    }

    @Test
    void readsARefusalAfterANegationInAnotherClause() {
        assertThat(isRefusal.test("Không, văn bản này gửi nhầm trường.")).isTrue();
    }

    @Test
    void isNotFooledByTheQuotedDeliveryOnceTheReplyIsTrimmed() {
        var mail = Receipts.read("gmail-en-quote-holds-refusal-words.eml");

        assertThat(isRefusal.test(mail.textBody())).isTrue();
        assertThat(isRefusal.test(ReplyText.of(mail))).isFalse();
    }

    @Test
    void givesTheTrimmedReplyAsTheReason() {
        String reply = ReplyText.of(Receipts.read("outlook-refuse-gui-nham.eml"));

        assertThat(IsRefusal.reason(reply))
                .contains("Kính gửi Phòng Giáo dục và Đào tạo,\nVăn bản gửi nhầm đơn vị, đề nghị Phòng gửi lại cho"
                        + " đúng đơn vị nhận (Trường Tiểu học Chiềng Lề).\nTrân trọng,\nNguyễn Thị Hoa");
    }

    @Test
    void cutsALongReasonAtAWord() {
        String reply = "Trường từ chối vì " + "lý do dài ".repeat(100);

        String reason = IsRefusal.reason(reply).orElseThrow();

        assertThat(reason).hasSizeLessThanOrEqualTo(IsRefusal.REASON_LENGTH + 1).endsWith("…");
    }

    @Test
    void givesNoReasonForAConfirmation() {
        assertThat(IsRefusal.reason("Đã nhận")).isEmpty();
        assertThat(IsRefusal.reason(null)).isEmpty();
    }
}
