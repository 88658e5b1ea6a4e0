package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.INSTALLATION;
import static app.debrief.db.jooq.Tables.PRACTICE;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private final DSLContext sql;

    AccountRepository(DSLContext sql) {
        this.sql = sql;
    }

    boolean installationExists() {
        return sql.fetchExists(INSTALLATION);
    }

    void insertPractice(UUID practiceId, String name, String timeZone, boolean demo, Instant now) {
        sql.insertInto(PRACTICE)
                .set(PRACTICE.ID, practiceId)
                .set(PRACTICE.NAME, name)
                .set(PRACTICE.TIME_ZONE, timeZone)
                .set(PRACTICE.DEMO, demo)
                .set(PRACTICE.CREATED_AT, now)
                .execute();
    }

    /** Fails with a duplicate key when the one installation row exists: set-up happens once. */
    void insertInstallation(UUID practiceId, Instant now) {
        sql.insertInto(INSTALLATION)
                .set(INSTALLATION.ID, 1)
                .set(INSTALLATION.PRACTICE_ID, practiceId)
                .set(INSTALLATION.SET_UP_AT, now)
                .execute();
    }

    void insertCoach(UUID practiceId, UUID coachId, String email, String displayName, String passwordHash, Role role,
            Instant now) {
        sql.insertInto(COACH)
                .set(COACH.ID, coachId)
                .set(COACH.PRACTICE_ID, practiceId)
                .set(COACH.EMAIL, email)
                .set(COACH.DISPLAY_NAME, displayName)
                .set(COACH.PASSWORD_HASH, passwordHash)
                .set(COACH.ROLE, role)
                .set(COACH.CREATED_AT, now)
                .execute();
    }

    Optional<CoachPrincipal> findPrincipalByEmail(String email) {
        return sql.select(COACH.ID, COACH.PRACTICE_ID, COACH.EMAIL, COACH.DISPLAY_NAME, COACH.ROLE, COACH.ENABLED,
                        COACH.PASSWORD_HASH)
                .from(COACH)
                .where(COACH.EMAIL.eq(email))
                .fetchOptional(r -> new CoachPrincipal(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    /** The coach as they are now, to check a signed-in session against, and for owner actions. */
    Optional<CoachPrincipal> findPrincipalById(UUID practiceId, UUID coachId) {
        return sql.select(COACH.ID, COACH.PRACTICE_ID, COACH.EMAIL, COACH.DISPLAY_NAME, COACH.ROLE, COACH.ENABLED,
                        COACH.PASSWORD_HASH)
                .from(COACH)
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId))
                .fetchOptional(r -> new CoachPrincipal(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7()));
    }

    Optional<MyAccount> myAccount(UUID practiceId, UUID coachId) {
        return sql.select(COACH.EMAIL, COACH.DISPLAY_NAME, COACH.ROLE, PRACTICE.NAME)
                .from(COACH)
                .join(PRACTICE).on(PRACTICE.ID.eq(COACH.PRACTICE_ID))
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId))
                .fetchOptional(org.jooq.Records.mapping(MyAccount::new));
    }

    int updateDisplayName(UUID practiceId, UUID coachId, String displayName) {
        return sql.update(COACH)
                .set(COACH.DISPLAY_NAME, displayName)
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId))
                .execute();
    }

    int updatePassword(UUID practiceId, UUID coachId, String passwordHash) {
        return sql.update(COACH)
                .set(COACH.PASSWORD_HASH, passwordHash)
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId))
                .execute();
    }

    /** The practice that set this installation up: it runs the server. */
    Optional<UUID> installationPractice() {
        return sql.select(INSTALLATION.PRACTICE_ID).from(INSTALLATION).fetchOptional(INSTALLATION.PRACTICE_ID);
    }

    /** Which practice each of these emails signs in to, for those that belong to a coach. */
    Map<String, UUID> practicesByEmail(Collection<String> emails) {
        if (emails.isEmpty()) {
            return Map.of();
        }
        return sql.select(COACH.EMAIL, COACH.PRACTICE_ID).from(COACH).where(COACH.EMAIL.in(emails))
                .fetchMap(COACH.EMAIL, COACH.PRACTICE_ID);
    }
}
