package vn.vanthu.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Search folds text the way people type it without diacritics. */
class TextTests {

    @Test
    void foldsVietnameseToBareLowerCaseLetters() {
        assertThat(Text.fold("Về việc tổ chức Hội khỏe Phù Đổng")).isEqualTo("ve viec to chuc hoi khoe phu dong");
        assertThat(Text.fold("SỞ GIÁO DỤC VÀ ĐÀO TẠO")).isEqualTo("so giao duc va dao tao");
        assertThat(Text.fold("  Kính   gửi:\n các trường ")).isEqualTo("kinh gui: cac truong");
        assertThat(Text.fold(null)).isEmpty();
    }

    @Test
    void foldsComposedAndDecomposedFormsAlike() {
        String composed = Normalizer.normalize("Quyết định", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("Quyết định", Normalizer.Form.NFD);
        assertThat(Text.fold(composed)).isEqualTo(Text.fold(decomposed)).isEqualTo("quyet dinh");
    }

    @Test
    void foldsCharacterByCharacterExactlyAsTheGeneralWay() {
        // Search keys stored before the quick way must still match: random text over Vietnamese, Latin-1, marks,
        // white space of every kind, Greek, CJK and symbols folds the same both ways.
        String pool = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợ"
                + "úùủũụứừửữựýỳỷỹỵ ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
                + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B \t\n\r\f\u000B\u00A0\u2003\u3000\u001F"
                + "ßÆæØøÅåÇçÑñİıŉǄǅǆĲĳŁłẞ0123456789.,;:/-–—()[]«»“”ΣσςΑάβ中文한글\u0000\u0001\uFFFD";
        java.util.Random random = new java.util.Random(20201105);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int j = 0; j < length; j++) {
                text.append(pool.charAt(random.nextInt(pool.length())));
            }
            assertThat(Text.fold(text.toString()))
                    .as("%s", text.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(Text.generalFold(text.toString()));
        }
    }

    @Test
    void buildsTheSearchKeyFromTheRegisterFields() {
        assertThat(DocumentRows.searchKey("291", "SGDĐT-VP", "Về việc hội giảng", "Sở GD&ĐT", "Công văn"))
                .isEqualTo("291/sgddt-vp ve viec hoi giang so gd&dt cong van");
    }
}
