package app.debrief.clients;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;

import java.util.List;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class ClientRepository {

    private final DSLContext sql;

    ClientRepository(DSLContext sql) {
        this.sql = sql;
    }

    List<ClientSummary> page(UUID practiceId, @Nullable UUID coachId, int offset, int limit) {
        return sql.select(CLIENT.ID, CLIENT.NAME, CLIENT.EMAIL, CLIENT.TARGET_FIELD, CLIENT.STATUS, COACH.DISPLAY_NAME)
                .from(CLIENT)
                .join(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                .where(scope(practiceId, coachId))
                .orderBy(CLIENT.NAME, CLIENT.ID)
                .limit(limit)
                .offset(offset)
                .fetch(r -> new ClientSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    int count(UUID practiceId, @Nullable UUID coachId) {
        return sql.fetchCount(CLIENT, scope(practiceId, coachId));
    }

    private static Condition scope(UUID practiceId, @Nullable UUID coachId) {
        Condition condition = CLIENT.PRACTICE_ID.eq(practiceId).and(CLIENT.STATUS.ne(ClientStatus.ERASED));
        return coachId == null ? condition : condition.and(CLIENT.COACH_ID.eq(coachId));
    }
}
