package app.debrief.team;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.debrief.accounts.Role;
import app.debrief.clients.ClientStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.SelectHavingStep;
import org.springframework.stereotype.Repository;

@Repository
class TeamRepository {

    private final DSLContext sql;

    TeamRepository(DSLContext sql) {
        this.sql = sql;
    }

    /**
     * Writes the practice's row, so two owners changing who is enabled at the same moment take
     * turns (a row lock on one server, a certification conflict across a cluster, where a mere
     * SELECT ... FOR UPDATE would not reach the other nodes), and the last-enabled-owner check holds.
     */
    void lockPractice(UUID practiceId) {
        sql.update(PRACTICE)
                .set(PRACTICE.ROSTER_VERSION, PRACTICE.ROSTER_VERSION.plus(1))
                .where(PRACTICE.ID.eq(practiceId))
                .execute();
    }

    List<CoachSummary> coaches(UUID practiceId) {
        return roster(COACH.PRACTICE_ID.eq(practiceId))
                .orderBy(COACH.ENABLED.desc(), COACH.DISPLAY_NAME)
                .fetch(mapping(CoachSummary::new));
    }

    Optional<CoachSummary> coach(UUID practiceId, UUID coachId) {
        return roster(COACH.PRACTICE_ID.eq(practiceId).and(COACH.ID.eq(coachId)))
                .fetchOptional(mapping(CoachSummary::new));
    }

    int enabledOwners(UUID practiceId) {
        return sql.fetchCount(COACH, COACH.PRACTICE_ID.eq(practiceId), COACH.ROLE.eq(Role.OWNER),
                COACH.ENABLED.isTrue());
    }

    /** Active and archived clients change coach; erased ones keep theirs, for the reports' counts. */
    int moveClients(UUID practiceId, UUID fromCoach, UUID toCoach) {
        return sql.update(CLIENT)
                .set(CLIENT.COACH_ID, toCoach)
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.COACH_ID.eq(fromCoach),
                        CLIENT.STATUS.ne(ClientStatus.ERASED))
                .execute();
    }

    void setEnabled(UUID practiceId, UUID coachId, boolean enabled) {
        sql.update(COACH)
                .set(COACH.ENABLED, enabled)
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ID.eq(coachId))
                .execute();
    }

    private SelectHavingStep<Record6<UUID, String, String, Role, Boolean, Integer>> roster(Condition coaches) {
        return sql.select(COACH.ID, COACH.DISPLAY_NAME, COACH.EMAIL, COACH.ROLE, COACH.ENABLED, count(CLIENT.ID))
                .from(COACH)
                .leftJoin(CLIENT).on(CLIENT.COACH_ID.eq(COACH.ID), CLIENT.PRACTICE_ID.eq(COACH.PRACTICE_ID),
                        CLIENT.STATUS.ne(ClientStatus.ERASED))
                .where(coaches)
                .groupBy(COACH.ID, COACH.DISPLAY_NAME, COACH.EMAIL, COACH.ROLE, COACH.ENABLED);
    }
}
