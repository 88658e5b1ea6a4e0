package app.debrief.requests;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.FEEDBACK_TAG;
import static app.debrief.db.jooq.Tables.NOTE_TAG;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.clients.ClientStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
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
                .from(requestsWithClientsAndCoaches(coachId))
                .where(late)
                .orderBy(FEEDBACK_REQUEST.REJECTION_AT.desc(), FEEDBACK_REQUEST.ID)
                .limit(limit)
                .fetch(r -> new LateRejection(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
        return new Page<>(rows, rows.size() < limit ? rows.size() : countOf(late, coachId));
    }

    /**
     * Requests sent and not answered, the longest waiting first, with the time of their latest send.
     * The page's ids come first, from indexes alone; only those rows are then read. For the whole
     * practice that walks feedback_request_waiting_idx in order and stops at the page; a coach's
     * clients are read through feedback_request_client_waiting_idx, where a coach with 10,000
     * requests waiting would otherwise have every one of them read and sorted (0.6 s at 1,000,000).
     */
    Page<WaitingRequest> waiting(UUID practiceId, @Nullable UUID coachId, int noReplyDays, int limit) {
        // a request's practice is its client's: for a coach the client's keeps the whole filter in the indexes
        Condition inPractice = coachId == null ? FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId)
                : CLIENT.PRACTICE_ID.eq(practiceId);
        Condition waiting = inPractice.and(activeClients(coachId))
                .and(FEEDBACK_REQUEST.STATE.eq(RequestState.SENT)).and(FEEDBACK_REQUEST.LAST_SENT_AT.isNotNull());
        var page = select(FEEDBACK_REQUEST.ID).from(requestsWithClients(coachId))
                .where(waiting)
                .orderBy(FEEDBACK_REQUEST.LAST_SENT_AT.asc(), FEEDBACK_REQUEST.ID)
                .limit(limit)
                .asTable("page");
        var rows = sql.select(FEEDBACK_REQUEST.ID, CLIENT.ID, CLIENT.NAME, COACH.DISPLAY_NAME, FEEDBACK_REQUEST.COMPANY,
                        FEEDBACK_REQUEST.ROLE, FEEDBACK_REQUEST.LAST_SENT_AT, FEEDBACK_REQUEST.PARENT_ID)
                .from(page)
                .straightJoin(FEEDBACK_REQUEST).on(FEEDBACK_REQUEST.ID.eq(page.field(FEEDBACK_REQUEST.ID)))
                .straightJoin(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                .straightJoin(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                .orderBy(FEEDBACK_REQUEST.LAST_SENT_AT.asc(), FEEDBACK_REQUEST.ID)
                .fetch(r -> new WaitingRequest(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value7().plus(java.time.Duration.ofDays(noReplyDays)), r.value8() != null));
        return new Page<>(rows, rows.size() < limit ? rows.size() : countOf(waiting, coachId));
    }

    /** How many match, counted up to {@link RequestDashboardService#COUNT_CAP}: a list says "at least" beyond it. */
    private int countOf(Condition condition, @Nullable UUID coachId) {
        var matching = select(FEEDBACK_REQUEST.ID).from(requestsWithClients(coachId))
                .where(condition)
                .limit(RequestDashboardService.COUNT_CAP);
        return sql.fetchCount(matching);
    }

    /**
     * How many notes carry each tag, most frequent first; erased clients' notes still count. The
     * practice-wide count takes the practice's few tags and counts each one's notes in
     * note_tag_tag_idx (a tag belongs to one practice, so its notes do too): at 1,000,000 requests
     * that is 20 ms where grouping the practice's 200,000 note tags took 550 ms. A coach's count
     * goes through their clients.
     */
    List<TagRow> tagCounts(UUID practiceId, @Nullable UUID coachId) {
        if (coachId == null) {
            Field<Integer> notes = field(selectCount().from(NOTE_TAG).where(NOTE_TAG.TAG_ID.eq(FEEDBACK_TAG.ID)))
                    .as("notes");
            return sql.select(FEEDBACK_TAG.KIND, FEEDBACK_TAG.NAME, notes)
                    .from(FEEDBACK_TAG)
                    .where(FEEDBACK_TAG.PRACTICE_ID.eq(practiceId))
                    .orderBy(field(name("notes")).desc(), FEEDBACK_TAG.NAME)
                    .fetch(r -> new TagRow(r.value1(), r.value2(), r.value3()))
                    .stream().filter(row -> row.notes() > 0).toList();
        }
        var notes = count(NOTE_TAG.NOTE_ID);
        return sql.select(FEEDBACK_TAG.KIND, FEEDBACK_TAG.NAME, notes)
                .from(NOTE_TAG)
                .join(FEEDBACK_TAG).on(FEEDBACK_TAG.ID.eq(NOTE_TAG.TAG_ID))
                .join(REQUEST_NOTE).on(REQUEST_NOTE.ID.eq(NOTE_TAG.NOTE_ID))
                .join(FEEDBACK_REQUEST).on(FEEDBACK_REQUEST.ID.eq(REQUEST_NOTE.REQUEST_ID))
                .join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                .where(NOTE_TAG.PRACTICE_ID.eq(practiceId), CLIENT.COACH_ID.eq(coachId))
                .groupBy(FEEDBACK_TAG.KIND, FEEDBACK_TAG.NAME)
                .orderBy(notes.desc(), FEEDBACK_TAG.NAME)
                .fetch(r -> new TagRow(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The practice's requests with their clients. For the whole practice the requests lead, read in
     * the order of the practice's indexes so a first page stops early: at 1,000,000 requests
     * MariaDB 10.11 otherwise starts from the coaches and sorts every match in a temporary table.
     * One coach's clients are few, so the optimizer may start from them.
     */
    private static Table<?> requestsWithClients(@Nullable UUID coachId) {
        return coachId == null
                ? FEEDBACK_REQUEST.straightJoin(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                : FEEDBACK_REQUEST.join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID));
    }

    private static Table<?> requestsWithClientsAndCoaches(@Nullable UUID coachId) {
        var withClients = requestsWithClients(coachId);
        return coachId == null
                ? withClients.straightJoin(COACH).on(COACH.ID.eq(CLIENT.COACH_ID))
                : withClients.join(COACH).on(COACH.ID.eq(CLIENT.COACH_ID));
    }

    private static Condition activeClients(@Nullable UUID coachId) {
        Condition active = CLIENT.STATUS.eq(ClientStatus.ACTIVE);
        return coachId == null ? active : active.and(CLIENT.COACH_ID.eq(coachId));
    }
}
