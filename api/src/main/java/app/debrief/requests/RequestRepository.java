package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.jooq.Records.mapping;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.debrief.base.database.SqlBySize;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class RequestRepository {

    private static final List<Field<?>> INSERTED = List.of(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST.PRACTICE_ID,
            FEEDBACK_REQUEST.CLIENT_ID, FEEDBACK_REQUEST.TEMPLATE_VERSION_ID, FEEDBACK_REQUEST.PARENT_ID,
            FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.ROLE, FEEDBACK_REQUEST.INTERVIEWER_NAME,
            FEEDBACK_REQUEST.RECIPIENT_DOMAIN, FEEDBACK_REQUEST.WEBMAIL, FEEDBACK_REQUEST.CHANNEL,
            FEEDBACK_REQUEST.REJECTION_AT, FEEDBACK_REQUEST.STATE, FEEDBACK_REQUEST.CREATED_AT,
            FEEDBACK_REQUEST.UPDATED_AT);

    /** The most requests one insert writes. */
    static final int MAX_INSERTED = 64;

    private final DSLContext sql;
    private final SqlBySize insertSql;

    RequestRepository(DSLContext sql) {
        this.sql = sql;
        this.insertSql = new SqlBySize(MAX_INSERTED, this::insertSql);
    }

    boolean versionInPractice(UUID practiceId, UUID versionId) {
        return sql.fetchExists(TEMPLATE_VERSION, TEMPLATE_VERSION.PRACTICE_ID.eq(practiceId)
                .and(TEMPLATE_VERSION.ID.eq(versionId)));
    }

    boolean ownedBy(UUID practiceId, UUID clientId, UUID requestId) {
        return sql.fetchExists(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(requestId)
                .and(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId)).and(FEEDBACK_REQUEST.CLIENT_ID.eq(clientId)));
    }

    /** Inserts unless the id exists (a retry, or someone else's id): reports whether it inserted. */
    boolean insertIfAbsent(UUID practiceId, UUID clientId, UUID id, RequestDraft draft, Instant now) {
        return !insertAllIfAbsent(List.of(new NewRequest(practiceId, clientId, id, draft, now))).isEmpty();
    }

    /**
     * Inserts, in one statement (one commit when no transaction is open), each row whose id does not
     * exist yet; answers the ids it inserted. Of two rows with one id, only the first is inserted.
     */
    Set<UUID> insertAllIfAbsent(List<NewRequest> rows) {
        var binds = new Param<?>[rows.size() * INSERTED.size()];
        int bind = 0;
        for (NewRequest row : rows) {
            RequestDraft draft = row.draft;
            Object[] values = {row.id, row.practiceId, row.clientId, draft.templateVersionId(),
                    draft.parentRequestId(), draft.company(), draft.role(), draft.interviewerName(),
                    draft.recipientDomain(), draft.webmail(), draft.channel(), draft.rejectionAt(),
                    RequestState.REJECTION_LOGGED, row.now, row.now};
            for (int i = 0; i < values.length; i++) {
                binds[bind++] = DSL.val(values[i], INSERTED.get(i));
            }
        }
        return new HashSet<>(sql.resultQuery(insertSql.forSize(rows.size()), (Object[]) binds)
                .coerce(FEEDBACK_REQUEST.ID)
                .fetch(FEEDBACK_REQUEST.ID));
    }

    /**
     * The insert of PUT /requests, the API's busiest write, rendered once for each number of rows:
     * rendering was three quarters of the call's time in jOOQ. INSERT IGNORE ... RETURNING answers
     * only the rows it inserted. Its columns are {@link #INSERTED}, in that order.
     */
    private String insertSql(int rows) {
        List<Field<?>> placeholders = INSERTED.stream().<Field<?>>map(field -> DSL.val(null, field)).toList();
        var insert = sql.insertInto(FEEDBACK_REQUEST).columns(INSERTED).values(placeholders);
        for (int row = 1; row < rows; row++) {
            insert = insert.values(placeholders);
        }
        return sql.render(insert.onDuplicateKeyIgnore().returningResult(FEEDBACK_REQUEST.ID));
    }

    /** Updates only the caller's own request: another client's id changes nothing. */
    boolean update(UUID practiceId, UUID clientId, UUID id, RequestDraft draft, Instant now) {
        return sql.update(FEEDBACK_REQUEST)
                .set(fieldsOf(draft))
                .set(FEEDBACK_REQUEST.UPDATED_AT, now)
                .where(FEEDBACK_REQUEST.ID.eq(id), FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId),
                        FEEDBACK_REQUEST.CLIENT_ID.eq(clientId))
                .execute() == 1;
    }

    /** The columns the extension writes, the same for a new request and an update. */
    private static Map<Field<?>, @Nullable Object> fieldsOf(RequestDraft draft) {
        var fields = new LinkedHashMap<Field<?>, @Nullable Object>();
        fields.put(FEEDBACK_REQUEST.TEMPLATE_VERSION_ID, draft.templateVersionId());
        fields.put(FEEDBACK_REQUEST.PARENT_ID, draft.parentRequestId());
        fields.put(FEEDBACK_REQUEST.COMPANY, draft.company());
        fields.put(FEEDBACK_REQUEST.ROLE, draft.role());
        fields.put(FEEDBACK_REQUEST.INTERVIEWER_NAME, draft.interviewerName());
        fields.put(FEEDBACK_REQUEST.RECIPIENT_DOMAIN, draft.recipientDomain());
        fields.put(FEEDBACK_REQUEST.WEBMAIL, draft.webmail());
        fields.put(FEEDBACK_REQUEST.CHANNEL, draft.channel());
        fields.put(FEEDBACK_REQUEST.REJECTION_AT, draft.rejectionAt());
        return fields;
    }

    /** Locks the request row, so events of one request are recorded one after the other on every node. */
    boolean lockOwned(UUID practiceId, UUID clientId, UUID requestId) {
        return sql.select(FEEDBACK_REQUEST.ID).from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.ID.eq(requestId), FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId),
                        FEEDBACK_REQUEST.CLIENT_ID.eq(clientId))
                .forUpdate()
                .fetchOptional().isPresent();
    }

    /**
     * Reports whether the event is new; a replay (or an id already used elsewhere) inserts nothing.
     * {@code recordedBy} is the coach who logged it in the portal, null for the extension.
     */
    boolean insertEventIfAbsent(UUID practiceId, UUID requestId, UUID eventId, EventType type, Instant occurredAt,
            EventSource source, @Nullable UUID recordedBy, Instant receivedAt) {
        return sql.insertInto(REQUEST_EVENT)
                .set(REQUEST_EVENT.ID, eventId)
                .set(REQUEST_EVENT.PRACTICE_ID, practiceId)
                .set(REQUEST_EVENT.REQUEST_ID, requestId)
                .set(REQUEST_EVENT.TYPE, type)
                .set(REQUEST_EVENT.OCCURRED_AT, occurredAt)
                .set(REQUEST_EVENT.RECEIVED_AT, receivedAt)
                .set(REQUEST_EVENT.SOURCE, source)
                .set(REQUEST_EVENT.RECORDED_BY, recordedBy)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    Optional<UUID> requestOfEvent(UUID eventId) {
        return sql.select(REQUEST_EVENT.REQUEST_ID).from(REQUEST_EVENT).where(REQUEST_EVENT.ID.eq(eventId))
                .fetchOptional(REQUEST_EVENT.REQUEST_ID);
    }

    List<StoredEvent> events(UUID practiceId, UUID requestId) {
        return sql.select(REQUEST_EVENT.ID, REQUEST_EVENT.TYPE, REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.SOURCE)
                .from(REQUEST_EVENT)
                .where(REQUEST_EVENT.PRACTICE_ID.eq(practiceId), REQUEST_EVENT.REQUEST_ID.eq(requestId))
                .fetch(mapping(StoredEvent::new));
    }

    /** The events of a request's follow-ups (its child requests): their replies answer it too. */
    List<StoredEvent> followUpEvents(UUID practiceId, UUID parentId) {
        return sql.select(REQUEST_EVENT.ID, REQUEST_EVENT.TYPE, REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.SOURCE)
                .from(REQUEST_EVENT)
                .join(FEEDBACK_REQUEST).on(FEEDBACK_REQUEST.ID.eq(REQUEST_EVENT.REQUEST_ID))
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId), FEEDBACK_REQUEST.PARENT_ID.eq(parentId))
                .fetch(mapping(StoredEvent::new));
    }

    /** Locks the request row and answers its parent, if it is a follow-up; empty when there is no such request. */
    Optional<Optional<UUID>> lockWithParent(UUID practiceId, UUID requestId) {
        return sql.select(FEEDBACK_REQUEST.PARENT_ID).from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.ID.eq(requestId), FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId))
                .forUpdate()
                .fetchOptional(record -> Optional.ofNullable(record.value1()));
    }

    void setState(UUID requestId, RequestState state, Instant now) {
        sql.update(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.STATE, state)
                .set(FEEDBACK_REQUEST.LAST_SENT_AT, LastSent.of(FEEDBACK_REQUEST.ID))
                .set(FEEDBACK_REQUEST.UPDATED_AT, now)
                .where(FEEDBACK_REQUEST.ID.eq(requestId))
                .execute();
    }

    List<RequestView> page(UUID practiceId, UUID clientId, int offset, int limit) {
        return sql.select(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.ROLE,
                        FEEDBACK_REQUEST.INTERVIEWER_NAME, FEEDBACK_REQUEST.CHANNEL, FEEDBACK_REQUEST.REJECTION_AT,
                        FEEDBACK_REQUEST.STATE, FEEDBACK_REQUEST.TEMPLATE_VERSION_ID, FEEDBACK_REQUEST.PARENT_ID)
                .from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId), FEEDBACK_REQUEST.CLIENT_ID.eq(clientId))
                .orderBy(FEEDBACK_REQUEST.REJECTION_AT.desc(), FEEDBACK_REQUEST.ID)
                .limit(limit)
                .offset(offset)
                .fetch(mapping(RequestView::new));
    }
}
