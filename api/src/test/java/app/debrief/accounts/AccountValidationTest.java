package app.debrief.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountValidationTest {

    @Test
    void emails_need_a_local_part_and_a_dotted_domain() {
        assertThat(AccountValidation.isEmail("coach@example.com")).isTrue();
        assertThat(AccountValidation.isEmail(" Coach.Name+tag@sub.example.co.uk ")).isTrue();
        assertThat(AccountValidation.isEmail("coach@localhost")).isFalse();
        assertThat(AccountValidation.isEmail("coach example.com")).isFalse();
        assertThat(AccountValidation.isEmail("@example.com")).isFalse();
        assertThat(AccountValidation.isEmail("a@b@example.com")).isFalse();
    }

    @Test
    void emails_are_compared_trimmed_and_in_lower_case() {
        assertThat(AccountValidation.normaliseEmail("  Olivia@Example.COM ")).isEqualTo("olivia@example.com");
    }

    @Test
    void passwords_need_ten_to_128_characters() {
        assertThat(AccountValidation.passwordProblem("123456789")).isPresent();
        assertThat(AccountValidation.passwordProblem("1234567890")).isEmpty();
        assertThat(AccountValidation.passwordProblem("x".repeat(129))).isPresent();
    }
}
