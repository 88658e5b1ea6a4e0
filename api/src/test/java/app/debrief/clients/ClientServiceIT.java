package app.debrief.clients;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import app.debrief.accounts.Role;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ClientServiceIT {

    @Autowired
    ClientService clients;

    @Autowired
    DSLContext sql;

    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private CoachPrincipal otherPracticeOwner;

    @BeforeEach
    void twoPractices() {
        UUID practice = practice();
        owner = coach(practice, Role.OWNER);
        coach = coach(practice, Role.COACH);
        client(practice, owner, "Aaron Owner-client");
        client(practice, coach, "Bea Coach-client");
        client(practice, coach, "Cy Coach-client");
        UUID otherPractice = practice();
        otherPracticeOwner = coach(otherPractice, Role.OWNER);
        client(otherPractice, otherPracticeOwner, "Dee Elsewhere");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_coach_sees_only_their_own_clients() {
        signIn(coach);

        assertThat(clients.page(0, 50)).extracting(ClientSummary::name)
                .containsExactly("Bea Coach-client", "Cy Coach-client");
        assertThat(clients.count()).isEqualTo(2);
    }

    @Test
    void an_owner_sees_every_client_of_the_practice_and_no_other() {
        signIn(owner);

        assertThat(clients.page(0, 50)).extracting(ClientSummary::name)
                .containsExactly("Aaron Owner-client", "Bea Coach-client", "Cy Coach-client");
    }

    @Test
    void another_practice_sees_none_of_them() {
        signIn(otherPracticeOwner);

        assertThat(clients.page(0, 50)).extracting(ClientSummary::name).containsExactly("Dee Elsewhere");
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> clients.page(0, 50)).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }

    private void signIn(CoachPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private UUID practice() {
        UUID id = UUID.randomUUID();
        sql.insertInto(PRACTICE).set(PRACTICE.ID, id).set(PRACTICE.NAME, "Practice " + id)
                .set(PRACTICE.CREATED_AT, Instant.now()).execute();
        return id;
    }

    private CoachPrincipal coach(UUID practiceId, Role role) {
        UUID id = UUID.randomUUID();
        sql.insertInto(COACH).set(COACH.ID, id).set(COACH.PRACTICE_ID, practiceId)
                .set(COACH.EMAIL, id + "@example.test").set(COACH.DISPLAY_NAME, role + " " + id)
                .set(COACH.PASSWORD_HASH, "{noop}unused").set(COACH.ROLE, role).set(COACH.CREATED_AT, Instant.now())
                .execute();
        return new CoachPrincipal(id, practiceId, id + "@example.test", role + " " + id, role, true, "");
    }

    private void client(UUID practiceId, CoachPrincipal owner, String name) {
        sql.insertInto(CLIENT).set(CLIENT.ID, UUID.randomUUID()).set(CLIENT.PRACTICE_ID, practiceId)
                .set(CLIENT.COACH_ID, owner.coachId()).set(CLIENT.NAME, name).set(CLIENT.CREATED_AT, Instant.now())
                .execute();
    }
}
