package app.debrief.testsupport;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;

import java.time.Instant;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import org.jooq.DSLContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Practices and coaches written straight to the database, for tests that need a few of them. */
public final class TestData {

    private final DSLContext sql;

    public TestData(DSLContext sql) {
        this.sql = sql;
    }

    public UUID practice() {
        UUID id = UUID.randomUUID();
        sql.insertInto(PRACTICE).set(PRACTICE.ID, id).set(PRACTICE.NAME, "Practice " + id)
                .set(PRACTICE.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")).execute();
        return id;
    }

    public CoachPrincipal coach(UUID practiceId, Role role) {
        UUID id = UUID.randomUUID();
        String name = (role == Role.OWNER ? "Owner " : "Coach ") + id.toString().substring(0, 8);
        sql.insertInto(COACH).set(COACH.ID, id).set(COACH.PRACTICE_ID, practiceId)
                .set(COACH.EMAIL, id + "@example.test").set(COACH.DISPLAY_NAME, name)
                .set(COACH.PASSWORD_HASH, "{noop}unused").set(COACH.ROLE, role)
                .set(COACH.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")).execute();
        return new CoachPrincipal(id, practiceId, id + "@example.test", name, role, true, "");
    }

    public UUID client(CoachPrincipal coach, String name) {
        UUID id = UUID.randomUUID();
        sql.insertInto(CLIENT).set(CLIENT.ID, id).set(CLIENT.PRACTICE_ID, coach.practiceId())
                .set(CLIENT.COACH_ID, coach.coachId()).set(CLIENT.NAME, name)
                .set(CLIENT.EMAIL, id + "@client.example.test")
                .set(CLIENT.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")).execute();
        return id;
    }

    /** Makes the calls that follow on this thread run as this coach. */
    public static void signIn(CoachPrincipal coach) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coach, null, coach.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
