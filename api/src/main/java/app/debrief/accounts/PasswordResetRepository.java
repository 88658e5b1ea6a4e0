package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PASSWORD_RESET;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PasswordResetRepository {

    private final DSLContext sql;

    PasswordResetRepository(DSLContext sql) {
        this.sql = sql;
    }

    record ClaimedReset(UUID practiceId, UUID coachId) {
    }

    /** Voids the coach's links not used yet: only the newest link works. */
    void voidOpenLinks(UUID practiceId, UUID coachId, Instant now) {
        sql.update(PASSWORD_RESET)
                .set(PASSWORD_RESET.VOIDED_AT, now)
                .where(PASSWORD_RESET.PRACTICE_ID.eq(practiceId), PASSWORD_RESET.COACH_ID.eq(coachId),
                        PASSWORD_RESET.USED_AT.isNull(), PASSWORD_RESET.VOIDED_AT.isNull())
                .execute();
    }

    void insert(UUID practiceId, UUID coachId, String tokenHash, UUID issuedBy, Instant now, Instant expiresAt) {
        sql.insertInto(PASSWORD_RESET)
                .set(PASSWORD_RESET.ID, UUID.randomUUID())
                .set(PASSWORD_RESET.PRACTICE_ID, practiceId)
                .set(PASSWORD_RESET.COACH_ID, coachId)
                .set(PASSWORD_RESET.TOKEN_HASH, tokenHash)
                .set(PASSWORD_RESET.ISSUED_BY, issuedBy)
                .set(PASSWORD_RESET.CREATED_AT, now)
                .set(PASSWORD_RESET.EXPIRES_AT, expiresAt)
                .execute();
    }

    Optional<ResetDetails> open(String tokenHash, Instant now) {
        return sql.select(PRACTICE.NAME, COACH.EMAIL, COACH.DISPLAY_NAME, PASSWORD_RESET.EXPIRES_AT)
                .from(PASSWORD_RESET)
                .join(COACH).on(COACH.ID.eq(PASSWORD_RESET.COACH_ID))
                .join(PRACTICE).on(PRACTICE.ID.eq(PASSWORD_RESET.PRACTICE_ID))
                .where(PASSWORD_RESET.TOKEN_HASH.eq(tokenHash), usable(now), COACH.ENABLED.isTrue())
                .fetchOptional(mapping(ResetDetails::new));
    }

    /** Uses the link up in one conditional update, so it works once even when sent twice at once. */
    Optional<ClaimedReset> claim(String tokenHash, Instant now) {
        int claimed = sql.update(PASSWORD_RESET)
                .set(PASSWORD_RESET.USED_AT, now)
                .where(PASSWORD_RESET.TOKEN_HASH.eq(tokenHash), usable(now),
                        DSL.exists(DSL.selectOne().from(COACH)
                                .where(COACH.ID.eq(PASSWORD_RESET.COACH_ID), COACH.ENABLED.isTrue())))
                .execute();
        if (claimed == 0) {
            return Optional.empty();
        }
        return sql.select(PASSWORD_RESET.PRACTICE_ID, PASSWORD_RESET.COACH_ID).from(PASSWORD_RESET)
                .where(PASSWORD_RESET.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(mapping(ClaimedReset::new));
    }

    private static Condition usable(Instant now) {
        return PASSWORD_RESET.USED_AT.isNull()
                .and(PASSWORD_RESET.VOIDED_AT.isNull())
                .and(PASSWORD_RESET.EXPIRES_AT.gt(now));
    }
}
