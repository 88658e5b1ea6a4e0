package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PasswordResetServiceIT {

    @Autowired
    PasswordResetService resets;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal coach;

    @BeforeEach
    void anOwnerAndACoach() {
        var data = new TestData(sql);
        var practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_reset_link_sets_a_new_password_once() {
        IssuedLink link = resets.issue(coach.coachId());
        assertThat(link.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        TestData.signOut();

        assertThat(resets.open(link.token())).hasValueSatisfying(details -> {
            assertThat(details.email()).isEqualTo(coach.getUsername());
            assertThat(details.displayName()).isEqualTo(coach.displayName());
        });
        resets.reset(link.token(), "brand-new-password");

        assertThat(passwordOf(coach)).satisfies(hash -> assertThat(passwordEncoder.matches("brand-new-password", hash))
                .isTrue());
        assertThat(resets.open(link.token())).isEmpty();
        assertThatThrownBy(() -> resets.reset(link.token(), "third-password-x"))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(passwordEncoder.matches("brand-new-password", passwordOf(coach))).isTrue();
    }

    @Test
    void a_link_works_for_24_hours() {
        IssuedLink link = resets.issue(coach.coachId());

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertThat(resets.open(link.token())).isPresent();
        clock.advance(Duration.ofSeconds(1));

        assertThat(resets.open(link.token())).isEmpty();
        assertThatThrownBy(() -> resets.reset(link.token(), "brand-new-password"))
                .isInstanceOf(LinkNoLongerValidException.class);
        assertThat(passwordOf(coach)).isEqualTo("{noop}unused");
    }

    @Test
    void a_new_link_voids_the_older_ones() {
        IssuedLink first = resets.issue(coach.coachId());
        IssuedLink second = resets.issue(coach.coachId());

        assertThat(resets.open(first.token())).isEmpty();
        assertThatThrownBy(() -> resets.reset(first.token(), "brand-new-password"))
                .isInstanceOf(LinkNoLongerValidException.class);
        resets.reset(second.token(), "brand-new-password");
        assertThat(passwordEncoder.matches("brand-new-password", passwordOf(coach))).isTrue();
    }

    @Test
    void using_a_link_changes_nothing_but_that_password() {
        IssuedLink ownersLink = resets.issue(owner.coachId());
        IssuedLink coachesLink = resets.issue(coach.coachId());

        resets.reset(coachesLink.token(), "brand-new-password");

        assertThat(resets.open(ownersLink.token())).isPresent();
        assertThat(passwordOf(owner)).isEqualTo("{noop}unused");
        assertThat(sql.fetchValue(COACH.ENABLED, COACH.ID.eq(coach.coachId()))).isTrue();
    }

    @Test
    void a_short_password_is_refused_and_the_link_still_works() {
        IssuedLink link = resets.issue(coach.coachId());

        assertThatThrownBy(() -> resets.reset(link.token(), "short"))
                .isInstanceOfSatisfying(InvalidAccountFieldsException.class, e -> assertThat(e.problemsByField())
                        .containsEntry(AccountField.PASSWORD, "Password must have at least 10 characters."));
        assertThat(resets.open(link.token())).isPresent();
    }

    @Test
    void a_disabled_coach_gets_no_link_and_an_earlier_link_stops_working() {
        IssuedLink link = resets.issue(coach.coachId());
        sql.update(COACH).set(COACH.ENABLED, false).where(COACH.ID.eq(coach.coachId())).execute();

        assertThatThrownBy(() -> resets.issue(coach.coachId())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Enable " + coach.displayName());
        assertThat(resets.open(link.token())).isEmpty();
        assertThatThrownBy(() -> resets.reset(link.token(), "brand-new-password"))
                .isInstanceOf(LinkNoLongerValidException.class);
    }

    @Test
    @CrossPracticeProbe(methods = {"PasswordResetService#issue", "PasswordResetService#open",
            "PasswordResetService#reset"})
    void an_owner_of_another_practice_cannot_reset_this_practices_passwords() {
        IssuedLink link = resets.issue(coach.coachId());
        var data = new TestData(sql);
        var intruder = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(intruder);

        assertThatThrownBy(() -> resets.issue(coach.coachId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resets.issue(owner.coachId())).isInstanceOf(NotFoundException.class);
        assertThat(resets.open(coach.coachId().toString())).isEmpty();
        assertThatThrownBy(() -> resets.reset(coach.coachId().toString(), "intruders-password"))
                .isInstanceOf(LinkNoLongerValidException.class);

        assertThat(resets.open(link.token())).isPresent();
        assertThat(passwordOf(coach)).isEqualTo("{noop}unused");
        assertThat(passwordOf(owner)).isEqualTo("{noop}unused");
    }

    private String passwordOf(CoachPrincipal someone) {
        return sql.fetchValue(COACH.PASSWORD_HASH, COACH.ID.eq(someone.coachId()));
    }
}
