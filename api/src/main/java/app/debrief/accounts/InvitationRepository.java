package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.COACH_INVITATION;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class InvitationRepository {

    private final DSLContext sql;

    InvitationRepository(DSLContext sql) {
        this.sql = sql;
    }

    record ClaimedInvitation(UUID id, UUID practiceId, String email, Role role) {
    }

    /** An email is taken by any coach (log-ins are unique across practices) or a pending invitation. */
    boolean emailTaken(UUID practiceId, String email, Instant now) {
        return sql.fetchExists(COACH, COACH.EMAIL.eq(email))
                || sql.fetchExists(COACH_INVITATION, COACH_INVITATION.PRACTICE_ID.eq(practiceId)
                        .and(COACH_INVITATION.EMAIL.eq(email)).and(pending(now)));
    }

    void insert(UUID practiceId, InvitationDraft invitation, String tokenHash, UUID invitedBy, Instant now,
            Instant expiresAt) {
        sql.insertInto(COACH_INVITATION)
                .set(COACH_INVITATION.ID, UUID.randomUUID())
                .set(COACH_INVITATION.PRACTICE_ID, practiceId)
                .set(COACH_INVITATION.EMAIL, invitation.email())
                .set(COACH_INVITATION.DISPLAY_NAME, invitation.displayName())
                .set(COACH_INVITATION.ROLE, invitation.role())
                .set(COACH_INVITATION.TOKEN_HASH, tokenHash)
                .set(COACH_INVITATION.INVITED_BY, invitedBy)
                .set(COACH_INVITATION.CREATED_AT, now)
                .set(COACH_INVITATION.EXPIRES_AT, expiresAt)
                .execute();
    }

    List<PendingInvitation> pending(UUID practiceId, Instant now) {
        return sql.select(COACH_INVITATION.ID, COACH_INVITATION.EMAIL, COACH_INVITATION.DISPLAY_NAME,
                        COACH_INVITATION.ROLE, COACH.DISPLAY_NAME, COACH_INVITATION.CREATED_AT,
                        COACH_INVITATION.EXPIRES_AT)
                .from(COACH_INVITATION)
                .join(COACH).on(COACH.ID.eq(COACH_INVITATION.INVITED_BY))
                .where(COACH_INVITATION.PRACTICE_ID.eq(practiceId), pending(now))
                .orderBy(COACH_INVITATION.CREATED_AT.desc())
                .fetch(mapping(PendingInvitation::new));
    }

    int revoke(UUID practiceId, UUID invitationId, Instant now) {
        return sql.update(COACH_INVITATION)
                .set(COACH_INVITATION.REVOKED_AT, now)
                .where(COACH_INVITATION.PRACTICE_ID.eq(practiceId), COACH_INVITATION.ID.eq(invitationId),
                        pending(now))
                .execute();
    }

    Optional<InvitationDetails> open(String tokenHash, Instant now) {
        return sql.select(PRACTICE.NAME, COACH_INVITATION.EMAIL, COACH_INVITATION.DISPLAY_NAME,
                        COACH_INVITATION.ROLE, COACH_INVITATION.EXPIRES_AT)
                .from(COACH_INVITATION)
                .join(PRACTICE).on(PRACTICE.ID.eq(COACH_INVITATION.PRACTICE_ID))
                .where(COACH_INVITATION.TOKEN_HASH.eq(tokenHash), pending(now))
                .fetchOptional(mapping(InvitationDetails::new));
    }

    /**
     * Marks the invitation accepted in one conditional update: of two simultaneous accepts, the
     * second waits for the first's row lock and then finds nothing pending.
     */
    Optional<ClaimedInvitation> claim(String tokenHash, Instant now) {
        int claimed = sql.update(COACH_INVITATION)
                .set(COACH_INVITATION.ACCEPTED_AT, now)
                .where(COACH_INVITATION.TOKEN_HASH.eq(tokenHash), pending(now))
                .execute();
        if (claimed == 0) {
            return Optional.empty();
        }
        return sql.select(COACH_INVITATION.ID, COACH_INVITATION.PRACTICE_ID, COACH_INVITATION.EMAIL,
                        COACH_INVITATION.ROLE)
                .from(COACH_INVITATION)
                .where(COACH_INVITATION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(mapping(ClaimedInvitation::new));
    }

    void recordCoach(UUID invitationId, UUID coachId) {
        sql.update(COACH_INVITATION)
                .set(COACH_INVITATION.COACH_ID, coachId)
                .where(COACH_INVITATION.ID.eq(invitationId))
                .execute();
    }

    private static Condition pending(Instant now) {
        return COACH_INVITATION.ACCEPTED_AT.isNull()
                .and(COACH_INVITATION.REVOKED_AT.isNull())
                .and(COACH_INVITATION.EXPIRES_AT.gt(now));
    }
}
