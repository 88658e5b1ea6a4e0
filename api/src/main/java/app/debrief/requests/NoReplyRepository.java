package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.md5;
import static org.jooq.impl.DSL.concat;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * The no-reply timeout as two set-based statements over every practice. Both can run on several
 * nodes at once: the event id is derived from the request id, so a second insert of the same
 * timeout is ignored, and the update only moves requests still SENT.
 */
@Repository
class NoReplyRepository {

    private static final String EVENT_NAME_SUFFIX = ":NO_REPLY";

    private final DSLContext sql;

    NoReplyRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** The timeout's event id: Java's name-based UUID of "request id:NO_REPLY", the same the SQL computes. */
    static UUID eventId(UUID requestId) {
        return UUID.nameUUIDFromBytes((requestId + EVENT_NAME_SUFFIX).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Records NO_REPLY for every SENT request whose latest send is at least its practice's no-reply
     * days old, dated when the wait ran out; answers how many it inserted.
     */
    int recordDue(Instant now) {
        var sent = REQUEST_EVENT.as("sent");
        Field<Instant> lastSent = field(select(max(sent.OCCURRED_AT)).from(sent)
                .where(sent.REQUEST_ID.eq(FEEDBACK_REQUEST.ID), sent.TYPE.eq(EventType.SENT)));
        Field<Instant> dueAt = field("{0} + INTERVAL {1} DAY", REQUEST_EVENT.OCCURRED_AT.getDataType(), lastSent,
                PRACTICE.NO_REPLY_DAYS).as("due_at");
        Field<String> digest = md5(concat(FEEDBACK_REQUEST.ID.cast(SQLDataType.VARCHAR(36)), inline(EVENT_NAME_SUFFIX)))
                .as("digest");
        var due = select(FEEDBACK_REQUEST.ID.as("request_id"), FEEDBACK_REQUEST.PRACTICE_ID.as("practice_id"),
                        dueAt, digest)
                .from(FEEDBACK_REQUEST)
                .join(PRACTICE).on(PRACTICE.ID.eq(FEEDBACK_REQUEST.PRACTICE_ID))
                .where(FEEDBACK_REQUEST.STATE.eq(RequestState.SENT))
                .asTable("due");
        Field<UUID> requestId = due.field(name("request_id"), SQLDataType.UUID);
        Field<UUID> practiceId = due.field(name("practice_id"), SQLDataType.UUID);
        Field<Instant> dueAtOfRow = due.field(name("due_at"), REQUEST_EVENT.OCCURRED_AT.getDataType());
        Field<String> digestOfRow = due.field(name("digest"), SQLDataType.VARCHAR(32));
        return sql.insertInto(REQUEST_EVENT, REQUEST_EVENT.ID, REQUEST_EVENT.PRACTICE_ID, REQUEST_EVENT.REQUEST_ID,
                        REQUEST_EVENT.TYPE, REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.RECEIVED_AT, REQUEST_EVENT.SOURCE)
                .select(select(nameBasedUuid(digestOfRow), practiceId, requestId,
                        val(EventType.NO_REPLY, REQUEST_EVENT.TYPE), dueAtOfRow,
                        val(now, REQUEST_EVENT.RECEIVED_AT), val(EventSource.SYSTEM, REQUEST_EVENT.SOURCE))
                        .from(due)
                        .where(dueAtOfRow.le(now)))
                .onDuplicateKeyIgnore()
                .execute();
    }

    /**
     * Moves every request still SENT that has a NO_REPLY event to NO_REPLY. A reply recorded in the
     * meantime has already moved it on (under the same row lock), so it is left as it is.
     */
    int applyTimeouts(Instant now) {
        return sql.update(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.STATE, RequestState.NO_REPLY)
                .set(FEEDBACK_REQUEST.UPDATED_AT, now)
                .where(FEEDBACK_REQUEST.STATE.eq(RequestState.SENT), exists(selectOne().from(REQUEST_EVENT)
                        .where(REQUEST_EVENT.REQUEST_ID.eq(FEEDBACK_REQUEST.ID),
                                REQUEST_EVENT.TYPE.eq(EventType.NO_REPLY))))
                .execute();
    }

    /** The layout of {@link UUID#nameUUIDFromBytes}: version 3 in the 13th digit, variant 10xx in the 17th. */
    private static Field<UUID> nameBasedUuid(Field<String> md5Hex) {
        return field("CONCAT(SUBSTR({0}, 1, 8), '-', SUBSTR({0}, 9, 4), '-3', SUBSTR({0}, 14, 3), '-', "
                + "SUBSTR('89ab89ab89ab89ab', LOCATE(SUBSTR({0}, 17, 1), '0123456789abcdef'), 1), "
                + "SUBSTR({0}, 18, 3), '-', SUBSTR({0}, 21, 12))", SQLDataType.UUID, md5Hex);
    }
}
