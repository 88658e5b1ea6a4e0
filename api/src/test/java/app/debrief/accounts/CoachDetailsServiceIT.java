package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class CoachDetailsServiceIT {

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    DSLContext sql;

    private CoachPrincipal coach;
    private DaoAuthenticationProvider logIn;

    @BeforeEach
    void aCoachWithAPassword() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        sql.update(COACH).set(COACH.PASSWORD_HASH, passwordEncoder.encode("the-right-one"))
                .where(COACH.ID.eq(coach.coachId())).execute();
        logIn = new DaoAuthenticationProvider(coaches);
        logIn.setPasswordEncoder(passwordEncoder);
    }

    @Test
    void a_disabled_coach_cannot_log_in_even_with_the_right_password() {
        assertThat(logIn.authenticate(attempt("the-right-one")).isAuthenticated()).isTrue();

        disable(coach);

        assertThat(coaches.loadUserByUsername(coach.getUsername()).isEnabled()).isFalse();
        assertThatThrownBy(() -> logIn.authenticate(attempt("the-right-one"))).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_signed_in_coach_is_read_again_as_they_are_now() {
        sql.update(COACH).set(COACH.DISPLAY_NAME, "Renamed Elsewhere").where(COACH.ID.eq(coach.coachId())).execute();

        assertThat(coaches.reload(coach)).hasValueSatisfying(now -> {
            assertThat(now.displayName()).isEqualTo("Renamed Elsewhere");
            assertThat(now.getPassword()).isEmpty();
        });
        disable(coach);
        assertThat(coaches.reload(coach)).isEmpty();
    }

    @Test
    @CrossPracticeProbe(methods = "CoachDetailsService#reload")
    void a_session_naming_another_practices_coach_finds_nobody() {
        var data = new TestData(sql);
        var other = data.coach(data.practice(), Role.OWNER);
        var forged = new CoachPrincipal(other.coachId(), coach.practiceId(), other.getUsername(), "Forged",
                Role.OWNER, true, "");

        assertThat(coaches.reload(forged)).isEmpty();
        assertThat(coaches.reload(other)).isPresent();
    }

    private void disable(CoachPrincipal someone) {
        sql.update(COACH).set(COACH.ENABLED, false).where(COACH.ID.eq(someone.coachId())).execute();
    }

    private UsernamePasswordAuthenticationToken attempt(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(coach.getUsername(), password);
    }
}
