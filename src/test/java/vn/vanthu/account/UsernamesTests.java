package vn.vanthu.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTests {

    @Test
    void dropsDiacriticsSpacesAndCase() {
        assertThat(Usernames.fromFullName("Quàng Thị Thu")).isEqualTo("quangthithu");
        assertThat(Usernames.fromFullName("  Nguyễn Thị Ánh Tuyết ")).isEqualTo("nguyenthianhtuyet");
    }

    @Test
    void turnsDStrokeIntoD() {
        assertThat(Usernames.fromFullName("Đặng Đình Đức")).isEqualTo("dangdinhduc");
    }

    @Test
    void keepsSomethingForNamesWithoutLatinLetters() {
        assertThat(Usernames.fromFullName("---")).isEqualTo("donvi");
        assertThat(Usernames.fromFullName(null)).isEqualTo("donvi");
    }
}
