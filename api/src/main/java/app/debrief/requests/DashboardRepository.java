package app.debrief.requests;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.FEEDBACK_TAG;
import static app.debrief.db.jooq.Tables.NOTE_TAG;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.clients.ClientStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's lists, each one query. {@code coachId} limits them to that coach's clients; null
 * is the owner's view of the whole practice. Only active clients need attention.
 */
@Repository
class DashboardRepository {

    private final DSLContext sql;

    DashboardRepository(DSLContext sql) {
        this.sql = sql;
    }

    record Page<T>(List<T> rows, int total) {
    }

    record TagRow(TagKind kind, String name, int notes) {
    }

    /** Rejections logged in [since, until] with nothing sent, newest first: the first still have time left. */
    Page<LateRejection> late(UUID practiceId, @Nullable UUID coachId, Instant since, Instant until, int limit) {
        Condition late = FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId).and(activeClients(coachId))
                .and(FEEDBACK_REQUEST.STATE.in(RequestState.REJECTION_LOGGED, RequestState.DRAFTED))
                .and(FEEDBACK_REQUEST.PARENT_ID.isNull())
                .and(FEEDBACK_REQUEST.REJECTION_AT.between(since, until));
        var rows = sql.select(FEEDBACK_REQUEST.ID, CLIENT.ID, CLIENT.NAME, COACH.DISPLAY_NAME, FEEDBACK_REQUEST.COMPANY,
                        FEEDBACK_REQUEST.ROLE, FEEDBACK_REQUEST.REJECTION_AT)
                .from(FEEDBACK_REQUEST)
                .join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                .join(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                .where(late)
                .orderBy(FEEDBACK_REQUEST.REJECTION_AT.desc(), FEEDBACK_REQUEST.ID)
                .limit(limit)
                .fetch(r -> new LateRejection(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
        return new Page<>(rows, rows.size() < limit ? rows.size() : countOf(late));
    }

    /** Requests sent and not answered, the longest waiting first, with the time of their latest send. */
    Page<WaitingRequest> waiting(UUID practiceId, @Nullable UUID coachId, int noReplyDays, int limit) {
        Condition waiting = FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId).and(activeClients(coachId))
                .and(FEEDBACK_REQUEST.STATE.eq(RequestState.SENT)).and(FEEDBACK_REQUEST.LAST_SENT_AT.isNotNull());
        // read in the order of feedback_request_waiting_idx, so the first page stops early
        var rows = sql.select(FEEDBACK_REQUEST.ID, CLIENT.ID, CLIENT.NAME, COACH.DISPLAY_NAME, FEEDBACK_REQUEST.COMPANY,
                        FEEDBACK_REQUEST.ROLE, FEEDBACK_REQUEST.LAST_SENT_AT, FEEDBACK_REQUEST.PARENT_ID)
                .from(FEEDBACK_REQUEST)
                .join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                .join(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                .where(waiting)
                .orderBy(FEEDBACK_REQUEST.LAST_SENT_AT.asc(), FEEDBACK_REQUEST.ID)
                .limit(limit)
                .fetch(r -> new WaitingRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value7().plus(java.time.Duration.ofDays(noReplyDays)), r.value8() != null));
        return new Page<>(rows, rows.size() < limit ? rows.size() : countOf(waiting));
    }

    /** How many match, counted up to {@link RequestDashboardService#COUNT_CAP}: a list says "at least" beyond it. */
    private int countOf(Condition condition) {
        var matching = select(FEEDBACK_REQUEST.ID).from(FEEDBACK_REQUEST)
                .join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                .where(condition)
                .limit(RequestDashboardService.COUNT_CAP);
        return sql.fetchCount(matching);
    }

    /**
     * How many notes carry each tag, most frequent first; erased clients' notes still count. The
     * practice-wide count needs no join beyond the tags; a coach's goes through their clients.
     */
    List<TagRow> tagCounts(UUID practiceId, @Nullable UUID coachId) {
        var notes = count(NOTE_TAG.NOTE_ID);
        var counted = sql.select(FEEDBACK_TAG.KIND, FEEDBACK_TAG.NAME, notes)
                .from(NOTE_TAG)
                .join(FEEDBACK_TAG).on(FEEDBACK_TAG.ID.eq(NOTE_TAG.TAG_ID));
        var scoped = coachId == null
                ? counted.where(NOTE_TAG.PRACTICE_ID.eq(practiceId))
                : counted.join(REQUEST_NOTE).on(REQUEST_NOTE.ID.eq(NOTE_TAG.NOTE_ID))
                        .join(FEEDBACK_REQUEST).on(FEEDBACK_REQUEST.ID.eq(REQUEST_NOTE.REQUEST_ID))
                        .join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                        .where(NOTE_TAG.PRACTICE_ID.eq(practiceId), CLIENT.COACH_ID.eq(coachId));
        return scoped.groupBy(FEEDBACK_TAG.KIND, FEEDBACK_TAG.NAME)
                .orderBy(notes.desc(), FEEDBACK_TAG.NAME)
                .fetch(r -> new TagRow(r.value1(), r.value2(), r.value3()));
    }

    private static Condition activeClients(@Nullable UUID coachId) {
        Condition active = CLIENT.STATUS.eq(ClientStatus.ACTIVE);
        return coachId == null ? active : active.and(CLIENT.COACH_ID.eq(coachId));
    }
}
