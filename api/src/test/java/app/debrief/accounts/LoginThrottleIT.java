package app.debrief.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class LoginThrottleIT {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    MutableClock clock;

    private final String email = "coach-" + UUID.randomUUID() + "@example.com";
    private final String address = "test-address-" + UUID.randomUUID();

    @Test
    void the_first_three_failures_cost_nothing_then_the_wait_doubles() {
        fail(3);
        assertThat(throttle.waitBefore(email, address)).isEmpty();

        fail(1);
        assertThat(throttle.waitBefore(email, address)).contains(Duration.ofSeconds(1));
        fail(1);
        assertThat(throttle.waitBefore(email, address)).contains(Duration.ofSeconds(2));
        fail(1);
        assertThat(throttle.waitBefore(email, address)).contains(Duration.ofSeconds(4));
    }

    @Test
    void a_stranger_can_slow_an_account_down_but_never_lock_it() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure(email, "198.51.100." + i);
        }

        String ownAddress = "192.0.2.77";
        assertThat(throttle.waitBefore(email, ownAddress)).hasValueSatisfying(
                wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(30)));
        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.waitBefore(email, ownAddress)).isEmpty();
    }

    @Test
    void one_address_guessing_many_accounts_waits_longer_and_longer() {
        for (int i = 0; i < 14; i++) {
            throttle.recordFailure("victim" + i + "-" + UUID.randomUUID() + "@example.com", address);
        }

        assertThat(throttle.waitBefore("someone-new@example.com", address)).hasValueSatisfying(
                wait -> assertThat(wait).isGreaterThan(Duration.ofMinutes(5)));
    }

    @Test
    void a_correct_password_clears_the_account_but_not_the_address() {
        fail(6);

        throttle.recordSuccess(email);

        assertThat(throttle.waitBefore(email, "192.0.2.1")).isEmpty();
        assertThat(throttle.waitBefore("other@example.com", address)).isPresent();
    }

    @Test
    void failures_fade_after_a_day() {
        fail(8);
        clock.advance(Duration.ofHours(25));

        assertThat(throttle.waitBefore(email, address)).isEmpty();
        fail(1);
        assertThat(throttle.waitBefore(email, address)).isEmpty();
    }

    @Test
    void the_owner_can_see_who_is_being_slowed_down() {
        fail(5);

        assertThat(throttle.current()).anySatisfy(state -> {
            assertThat(state.scope()).isEqualTo(ThrottleScope.ACCOUNT);
            assertThat(state.key()).isEqualTo(email);
            assertThat(state.failures()).isEqualTo(5);
        });
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }
}
