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
    void buildsTheSearchKeyFromTheRegisterFields() {
        assertThat(DocumentRows.searchKey("291", "SGDĐT-VP", "Về việc hội giảng", "Sở GD&ĐT", "Công văn"))
                .isEqualTo("291/sgddt-vp ve viec hoi giang so gd&dt cong van");
    }
}
