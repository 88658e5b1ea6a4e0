package app.debrief.requests;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.FEEDBACK_TAG;
import static app.debrief.db.jooq.Tables.NOTE_TAG;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.debrief.clients.ClientStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * What the portal reads and writes about requests. Every method takes the practice; those that
 * find a request or client by id also take the coach whose clients alone may be seen (null: the
 * owner, who sees the whole practice).
 */
@Repository
class TimelineRepository {

    private final DSLContext sql;

    TimelineRepository(DSLContext sql) {
        this.sql = sql;
    }

    record PracticeSettings(ZoneId zone, int noReplyDays) {
    }

    record RequestHeader(UUID id, UUID clientId, String clientName, String company, @Nullable String role,
            @Nullable String interviewerName, Channel channel, @Nullable String webmail, Instant rejectionAt,
            RequestState state, @Nullable String templateName, @Nullable Integer templateVersion,
            @Nullable UUID parentId, @Nullable String parentCompany, @Nullable RequestState parentState) {
    }

    record TagUse(TagKind kind, String name) {
    }

    PracticeSettings settings(UUID practiceId) {
        return sql.select(PRACTICE.TIME_ZONE, PRACTICE.NO_REPLY_DAYS).from(PRACTICE).where(PRACTICE.ID.eq(practiceId))
                .fetchSingle(r -> new PracticeSettings(ZoneId.of(r.value1()), r.value2()));
    }

    /** The client's name, when the client is visible: in the practice, not erased, and the coach's own. */
    Optional<String> clientName(UUID practiceId, @Nullable UUID coachId, UUID clientId) {
        return sql.select(CLIENT.NAME).from(CLIENT)
                .where(CLIENT.ID.eq(clientId), visibleClient(practiceId, coachId))
                .fetchOptional(CLIENT.NAME);
    }

    /** The client's requests (follow-ups counted on their parent), newest rejection first. */
    List<ClientRequestRow> clientRequests(UUID practiceId, UUID clientId) {
        var sent = REQUEST_EVENT.as("sent");
        var child = FEEDBACK_REQUEST.as("child");
        Field<Instant> sentAt = field(select(min(sent.OCCURRED_AT)).from(sent)
                .where(sent.REQUEST_ID.eq(FEEDBACK_REQUEST.ID), sent.TYPE.eq(EventType.SENT)));
        Field<Integer> followUps = field(selectCount().from(child).where(child.PARENT_ID.eq(FEEDBACK_REQUEST.ID)));
        return sql.select(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.ROLE, FEEDBACK_REQUEST.STATE,
                        FEEDBACK_REQUEST.REJECTION_AT, sentAt, followUps)
                .from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId), FEEDBACK_REQUEST.CLIENT_ID.eq(clientId),
                        FEEDBACK_REQUEST.PARENT_ID.isNull())
                .orderBy(FEEDBACK_REQUEST.REJECTION_AT.desc(), FEEDBACK_REQUEST.ID)
                .fetch(r -> new ClientRequestRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7() == null ? 0 : r.value7()));
    }

    Optional<RequestHeader> request(UUID practiceId, @Nullable UUID coachId, UUID requestId) {
        var parent = FEEDBACK_REQUEST.as("parent");
        return sql.select(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST.CLIENT_ID, CLIENT.NAME, FEEDBACK_REQUEST.COMPANY,
                        FEEDBACK_REQUEST.ROLE, FEEDBACK_REQUEST.INTERVIEWER_NAME, FEEDBACK_REQUEST.CHANNEL,
                        FEEDBACK_REQUEST.WEBMAIL, FEEDBACK_REQUEST.REJECTION_AT, FEEDBACK_REQUEST.STATE, TEMPLATE.NAME,
                        TEMPLATE_VERSION.VERSION, parent.ID, parent.COMPANY, parent.STATE)
                .from(FEEDBACK_REQUEST)
                .join(CLIENT).on(CLIENT.ID.eq(FEEDBACK_REQUEST.CLIENT_ID))
                .leftJoin(TEMPLATE_VERSION).on(TEMPLATE_VERSION.ID.eq(FEEDBACK_REQUEST.TEMPLATE_VERSION_ID))
                .leftJoin(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .leftJoin(parent).on(parent.ID.eq(FEEDBACK_REQUEST.PARENT_ID))
                .where(FEEDBACK_REQUEST.ID.eq(requestId), FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId),
                        visibleClient(practiceId, coachId))
                .fetchOptional(r -> new RequestHeader(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(),
                        r.value13(), r.value14(), r.value15()));
    }

    List<RequestLink> followUps(UUID practiceId, UUID requestId) {
        return sql.select(FEEDBACK_REQUEST.ID, FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.STATE)
                .from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId), FEEDBACK_REQUEST.PARENT_ID.eq(requestId))
                .orderBy(FEEDBACK_REQUEST.CREATED_AT)
                .fetch(r -> new RequestLink(r.value1(), r.value2(), r.value3()));
    }

    /** The request's events and its follow-ups' events, in the order they happened. */
    List<TimelineEntry> timeline(UUID practiceId, UUID requestId) {
        Field<Boolean> followUp = field(REQUEST_EVENT.REQUEST_ID.ne(requestId));
        return sql.select(REQUEST_EVENT.ID, REQUEST_EVENT.TYPE, REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.SOURCE,
                        COACH.DISPLAY_NAME, followUp)
                .from(REQUEST_EVENT)
                .join(FEEDBACK_REQUEST).on(FEEDBACK_REQUEST.ID.eq(REQUEST_EVENT.REQUEST_ID))
                .leftJoin(COACH).on(COACH.ID.eq(REQUEST_EVENT.RECORDED_BY))
                .where(REQUEST_EVENT.PRACTICE_ID.eq(practiceId),
                        FEEDBACK_REQUEST.ID.eq(requestId).or(FEEDBACK_REQUEST.PARENT_ID.eq(requestId)))
                .orderBy(REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.RECEIVED_AT, REQUEST_EVENT.ID)
                .fetch(r -> new TimelineEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        Boolean.TRUE.equals(r.value6())));
    }

    /** The request's notes, newest first, each with its tags. */
    List<FeedbackNote> notes(UUID practiceId, UUID requestId) {
        var tags = multiset(select(FEEDBACK_TAG.KIND, FEEDBACK_TAG.NAME)
                .from(NOTE_TAG)
                .join(FEEDBACK_TAG).on(FEEDBACK_TAG.ID.eq(NOTE_TAG.TAG_ID))
                .where(NOTE_TAG.NOTE_ID.eq(REQUEST_NOTE.ID))
                .orderBy(FEEDBACK_TAG.NAME))
                .convertFrom(records -> records.map(r -> new TagUse(r.value1(), r.value2())));
        return sql.select(REQUEST_NOTE.ID, REQUEST_NOTE.BODY, COACH.DISPLAY_NAME, REQUEST_NOTE.CREATED_AT, tags)
                .from(REQUEST_NOTE)
                .join(COACH).on(COACH.ID.eq(REQUEST_NOTE.AUTHOR_ID))
                .where(REQUEST_NOTE.PRACTICE_ID.eq(practiceId), REQUEST_NOTE.REQUEST_ID.eq(requestId))
                .orderBy(REQUEST_NOTE.CREATED_AT.desc(), REQUEST_NOTE.ID)
                .fetch(r -> new FeedbackNote(r.value1(), r.value2(), r.value3(), r.value4(),
                        names(r.value5(), TagKind.STRENGTH), names(r.value5(), TagKind.TO_IMPROVE)));
    }

    private static List<String> names(List<TagUse> tags, TagKind kind) {
        return tags.stream().filter(tag -> tag.kind() == kind).map(TagUse::name).toList();
    }

    boolean insertNote(UUID practiceId, UUID requestId, UUID noteId, UUID authorId, String body, Instant now) {
        return sql.insertInto(REQUEST_NOTE)
                .set(REQUEST_NOTE.ID, noteId)
                .set(REQUEST_NOTE.PRACTICE_ID, practiceId)
                .set(REQUEST_NOTE.REQUEST_ID, requestId)
                .set(REQUEST_NOTE.AUTHOR_ID, authorId)
                .set(REQUEST_NOTE.BODY, body)
                .set(REQUEST_NOTE.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    Optional<UUID> requestOfNote(UUID noteId) {
        return sql.select(REQUEST_NOTE.REQUEST_ID).from(REQUEST_NOTE).where(REQUEST_NOTE.ID.eq(noteId))
                .fetchOptional(REQUEST_NOTE.REQUEST_ID);
    }

    /** The tag's id, creating the tag on first use; two coaches adding it at once share one row. */
    UUID tag(UUID practiceId, TagKind kind, String normalisedName) {
        sql.insertInto(FEEDBACK_TAG)
                .set(FEEDBACK_TAG.ID, UUID.randomUUID())
                .set(FEEDBACK_TAG.PRACTICE_ID, practiceId)
                .set(FEEDBACK_TAG.KIND, kind)
                .set(FEEDBACK_TAG.NAME, normalisedName)
                .onDuplicateKeyIgnore()
                .execute();
        return sql.select(FEEDBACK_TAG.ID).from(FEEDBACK_TAG)
                .where(FEEDBACK_TAG.PRACTICE_ID.eq(practiceId), FEEDBACK_TAG.KIND.eq(kind),
                        FEEDBACK_TAG.NAME.eq(normalisedName))
                .fetchSingle(FEEDBACK_TAG.ID);
    }

    void tagNote(UUID practiceId, UUID noteId, UUID tagId) {
        sql.insertInto(NOTE_TAG)
                .set(NOTE_TAG.NOTE_ID, noteId)
                .set(NOTE_TAG.TAG_ID, tagId)
                .set(NOTE_TAG.PRACTICE_ID, practiceId)
                .onDuplicateKeyIgnore()
                .execute();
    }

    /** The practice's tags of one kind, most used first. */
    List<String> tagNames(UUID practiceId, TagKind kind) {
        return sql.select(FEEDBACK_TAG.NAME)
                .from(FEEDBACK_TAG)
                .leftJoin(NOTE_TAG).on(NOTE_TAG.TAG_ID.eq(FEEDBACK_TAG.ID))
                .where(FEEDBACK_TAG.PRACTICE_ID.eq(practiceId), FEEDBACK_TAG.KIND.eq(kind))
                .groupBy(FEEDBACK_TAG.ID, FEEDBACK_TAG.NAME)
                .orderBy(count(NOTE_TAG.NOTE_ID).desc(), FEEDBACK_TAG.NAME)
                .limit(100)
                .fetch(FEEDBACK_TAG.NAME);
    }

    static Condition visibleClient(UUID practiceId, @Nullable UUID coachId) {
        Condition condition = CLIENT.PRACTICE_ID.eq(practiceId).and(CLIENT.STATUS.ne(ClientStatus.ERASED));
        return coachId == null ? condition : condition.and(CLIENT.COACH_ID.eq(coachId));
    }

    /** What an erased client's requests said about them: the coach's notes and the interviewers' names. */
    void forgetPersonalDataOf(UUID practiceId, UUID clientId) {
        var requestsOfClient = select(FEEDBACK_REQUEST.ID).from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId), FEEDBACK_REQUEST.CLIENT_ID.eq(clientId));
        sql.deleteFrom(NOTE_TAG).where(NOTE_TAG.PRACTICE_ID.eq(practiceId), NOTE_TAG.NOTE_ID.in(
                select(REQUEST_NOTE.ID).from(REQUEST_NOTE).where(REQUEST_NOTE.REQUEST_ID.in(requestsOfClient)))).execute();
        sql.deleteFrom(REQUEST_NOTE).where(REQUEST_NOTE.PRACTICE_ID.eq(practiceId), REQUEST_NOTE.REQUEST_ID.in(requestsOfClient))
                .execute();
        sql.update(FEEDBACK_REQUEST).setNull(FEEDBACK_REQUEST.INTERVIEWER_NAME)
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId), FEEDBACK_REQUEST.CLIENT_ID.eq(clientId)).execute();
    }
}
