package vn.vanthu.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTests {

    @Test
    void acceptsTenLettersAndDigits() {
        assertThat(PasswordRules.check("quangthithu", "ChiengLe2026")).isEmpty();
    }

    @Test
    void refusesShortPasswordsAndThoseWithoutDigitsOrLetters() {
        assertThat(PasswordRules.check("zz", "Ngan1")).containsExactly("password.tooShort");
        assertThat(PasswordRules.check("zz", "chikhongcoso")).containsExactly("password.lettersAndDigits");
        assertThat(PasswordRules.check("zz", "1234567890")).containsExactly("password.lettersAndDigits");
    }

    @Test
    void refusesPasswordsHoldingTheUsername() {
        assertThat(PasswordRules.check("quangthithu", "QuangThiThu2026")).contains("password.containsUsername");
    }
}
