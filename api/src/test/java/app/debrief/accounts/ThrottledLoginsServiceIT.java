package app.debrief.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import app.debrief.base.NotFoundException;
import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** On the demo database, whose practice set the installation up: its owner runs the server. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ThrottledLoginsServiceIT {

    @Autowired
    ThrottledLoginsService throttled;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    CoachDetailsService accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private final String address = "203.0.113." + (int) (Math.random() * 250);
    private final String stranger = "nobody-" + UUID.randomUUID() + "@example.com";

    @BeforeEach
    void aCoachGuessedAtFiveTimes() {
        // earlier tests' failures fade first, so every count below is this test's own
        clock.advance(Duration.ofDays(2));
        var data = new TestData(sql);
        UUID practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(coach.getUsername(), address);
        }
        throttle.recordFailure(stranger, address);
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_owner_sees_their_coach_slowed_down_with_the_count_the_wait_and_the_last_failure() {
        Duration passed = Duration.ofMillis(500);
        clock.advance(passed);

        assertThat(throttled.current()).singleElement().isEqualTo(new ThrottledLogin(ThrottleScope.ACCOUNT,
                coach.getUsername(), 5, Duration.ofSeconds(2).minus(passed), clock.instant().minus(passed)));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttled.current()).singleElement()
                .satisfies(login -> assertThat(login.currentWait()).isZero());
    }

    @Test
    void clearing_an_account_lets_it_sign_in_at_once() {
        assertThat(throttle.waitBefore(coach.getUsername(), "192.0.2.200")).isPresent();

        throttled.clear(ThrottleScope.ACCOUNT, coach.getUsername());

        assertThat(throttled.current()).isEmpty();
        assertThat(throttle.waitBefore(coach.getUsername(), "192.0.2.200")).isEmpty();
    }

    @Test
    void the_owner_who_runs_the_server_also_sees_addresses_and_unknown_accounts_but_not_other_practices() {
        TestData.signIn((CoachPrincipal) accounts.loadUserByUsername(DemoAccounts.OWNER_EMAIL));

        assertThat(throttled.current()).extracting(ThrottledLogin::scope, ThrottledLogin::key, ThrottledLogin::failures)
                .contains(org.assertj.core.groups.Tuple.tuple(ThrottleScope.ADDRESS, address, 6))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(ThrottleScope.ACCOUNT, coach.getUsername(), 5));
        throttled.clear(ThrottleScope.ADDRESS, address);
        assertThat(throttled.current()).extracting(ThrottledLogin::key).doesNotContain(address);
        assertThat(throttle.waitBefore(stranger, address)).isEmpty();
    }

    @Test
    @CrossPracticeProbe(methods = {"ThrottledLoginsService#current", "ThrottledLoginsService#clear"})
    void an_owner_of_another_practice_neither_sees_nor_clears_this_practices_coaches_or_the_servers_addresses() {
        var data = new TestData(sql);
        TestData.signIn(data.coach(data.practice(), Role.OWNER));

        assertThat(throttled.current()).isEmpty();
        assertThatThrownBy(() -> throttled.clear(ThrottleScope.ACCOUNT, coach.getUsername()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> throttled.clear(ThrottleScope.ADDRESS, address))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> throttled.clear(ThrottleScope.ACCOUNT, stranger))
                .isInstanceOf(NotFoundException.class);

        assertThat(throttle.waitBefore(coach.getUsername(), "192.0.2.200")).isPresent();
        assertThat(throttle.waitBefore(stranger, address)).isPresent();
    }
}
