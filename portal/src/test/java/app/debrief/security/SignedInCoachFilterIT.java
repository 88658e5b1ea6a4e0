package app.debrief.security;

import static app.debrief.db.jooq.Tables.COACH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A signed-in session checked against the database on its next request (the browser journey checks the wiring). */
@IntegrationTest
class SignedInCoachFilterIT {

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    DSLContext sql;

    private CoachPrincipal coach;
    private MockHttpSession session;
    private MockHttpServletRequest request;

    @BeforeEach
    void aSignedInCoach() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        TestData.signIn(coach);
        session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                SecurityContextHolder.getContext());
        request = new MockHttpServletRequest("POST", "/");
        request.setSession(session);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void an_enabled_coach_goes_on_signed_in() throws Exception {
        Authentication seen = nextRequest();

        assertThat(seen).isNotNull();
        assertThat(seen.getPrincipal()).isSameAs(coach);
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void a_coach_disabled_since_signing_in_loses_the_session_on_the_next_request() throws Exception {
        sql.update(COACH).set(COACH.ENABLED, false).where(COACH.ID.eq(coach.coachId())).execute();

        Authentication seen = nextRequest();

        assertThat(seen).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_renamed_coach_carries_the_new_name_from_the_next_request_on() throws Exception {
        sql.update(COACH).set(COACH.DISPLAY_NAME, "Dana Diaz").where(COACH.ID.eq(coach.coachId())).execute();

        Authentication seen = nextRequest();

        assertThat(((CoachPrincipal) seen.getPrincipal()).displayName()).isEqualTo("Dana Diaz");
        var saved = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((CoachPrincipal) saved.getAuthentication().getPrincipal()).displayName()).isEqualTo("Dana Diaz");
        assertThat(seen.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_COACH");
    }

    private @Nullable Authentication nextRequest() throws Exception {
        var seen = new AtomicReference<@Nullable Authentication>();
        new SignedInCoachFilter(coaches).doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set(SecurityContextHolder.getContext().getAuthentication()));
        return seen.get();
    }
}
