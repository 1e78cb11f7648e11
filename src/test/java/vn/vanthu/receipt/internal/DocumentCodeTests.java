package vn.vanthu.receipt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentCodeTests {

    private static final DocumentCode EXPECTED = new DocumentCode("5", "PGDĐT-VP");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Re: Công văn số 05/PGDĐT-VP",
                "RE: [VT-k7m3pq9xz2avb4wnrt8e] Công văn số 05/PGDĐT-VP: Tổ chức Hội khỏe",
                "V/v xác nhận đã nhận văn bản số 05/PGDĐT-VP",
                "Fw: CV 05/PGDĐT-VP",
                "TL: cv so 5 / pgdđt-vp",
                "Re: V/v báo cáo theo văn bản Số : 05 /PGDĐT – VP",
                "Công văn 05/PGDĐT-VP."
            })
    void readsAndNormalisesTheNumberInASubject(String subject) {
        assertThat(DocumentCode.inSubject(subject)).contains(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lịch họp ngày 26/11/2026", "V/v tổ chức Hội khỏe", "Đã nhận", ""})
    void findsNoNumberWhereThereIsNone(String subject) {
        assertThat(DocumentCode.inSubject(subject)).isEmpty();
    }

    @Test
    void prefersTheNumberAfterSoOverAnEarlierOne() {
        assertThat(DocumentCode.inSubject("Thực hiện 4288/BGDĐT-GDTrH: công văn số 291/GD&ĐT"))
                .contains(new DocumentCode("291", "GD&ĐT"));
    }

    @Test
    void matchesASymbolTypedWithoutDiacritics() {
        assertThat(DocumentCode.inSubject("CV 05/PGDDT-VP").orElseThrow().sameAs(EXPECTED))
                .isTrue();
        assertThat(new DocumentCode("06", "PGDĐT-VP").sameAs(EXPECTED)).isFalse();
    }
}
