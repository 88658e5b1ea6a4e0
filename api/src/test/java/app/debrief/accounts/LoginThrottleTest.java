package app.debrief.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    @Test
    void delays_double_after_the_free_failures_up_to_each_scopes_ceiling() {
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ACCOUNT, 3)).isZero();
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ACCOUNT, 4)).isEqualTo(Duration.ofSeconds(1));
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ACCOUNT, 8)).isEqualTo(Duration.ofSeconds(16));
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ACCOUNT, 9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ACCOUNT, 500)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ADDRESS, 13)).isEqualTo(Duration.ofSeconds(512));
        assertThat(LoginThrottle.delayAfter(ThrottleScope.ADDRESS, 500)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void the_wait_is_said_in_words_a_person_reads_at_a_glance() {
        assertThat(LoginThrottledException.inWords(Duration.ofMillis(300))).isEqualTo("1 second");
        assertThat(LoginThrottledException.inWords(Duration.ofSeconds(1))).isEqualTo("1 second");
        assertThat(LoginThrottledException.inWords(Duration.ofMillis(1500))).isEqualTo("2 seconds");
        assertThat(LoginThrottledException.inWords(Duration.ofSeconds(59))).isEqualTo("59 seconds");
        assertThat(LoginThrottledException.inWords(Duration.ofSeconds(60))).isEqualTo("1 minute");
        assertThat(LoginThrottledException.inWords(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(LoginThrottledException.inWords(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }
}
