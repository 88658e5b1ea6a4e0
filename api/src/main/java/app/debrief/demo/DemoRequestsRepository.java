package app.debrief.demo;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.FEEDBACK_TAG;
import static app.debrief.db.jooq.Tables.NOTE_TAG;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.debrief.clients.ClientStatus;
import app.debrief.demo.DemoRequestPlan.Client;
import app.debrief.demo.DemoRequestPlan.Note;
import app.debrief.demo.DemoRequestPlan.Plan;
import app.debrief.requests.LastSent;
import app.debrief.requests.TagKind;
import app.debrief.templates.TemplateKind;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

@Repository
class DemoRequestsRepository {

    private final DSLContext sql;

    DemoRequestsRepository(DSLContext sql) {
        this.sql = sql;
    }

    Optional<UUID> demoPractice() {
        return sql.select(PRACTICE.ID).from(PRACTICE).where(PRACTICE.DEMO.isTrue()).limit(1).fetchOptional(PRACTICE.ID);
    }

    boolean hasRequests(UUID practiceId) {
        return sql.fetchExists(FEEDBACK_REQUEST, FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId));
    }

    List<Client> clients(UUID practiceId) {
        return sql.select(CLIENT.ID, CLIENT.COACH_ID, CLIENT.TARGET_FIELD, CLIENT.STATUS)
                .from(CLIENT)
                .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.STATUS.ne(ClientStatus.ERASED))
                .orderBy(CLIENT.NAME)
                .fetch(r -> new Client(r.value1(), r.value2(), r.value3(), r.value4() == ClientStatus.ACTIVE));
    }

    Map<TemplateKind, List<UUID>> versions(UUID practiceId) {
        return sql.select(TEMPLATE.KIND, TEMPLATE_VERSION.ID)
                .from(TEMPLATE_VERSION)
                .join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(TEMPLATE_VERSION.PRACTICE_ID.eq(practiceId))
                .orderBy(TEMPLATE.NAME, TEMPLATE_VERSION.VERSION)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
    }

    /** Writes the plan in one batch; rows that exist already (another node seeded first) are left as they are. */
    void insert(UUID practiceId, Plan plan) {
        var queries = new ArrayList<Query>();
        for (var request : plan.requests()) {
            Instant createdAt = request.events().isEmpty() ? request.rejectionAt()
                    : request.events().getFirst().occurredAt().plusSeconds(2);
            queries.add(sql.insertInto(FEEDBACK_REQUEST)
                    .set(FEEDBACK_REQUEST.ID, request.id())
                    .set(FEEDBACK_REQUEST.PRACTICE_ID, practiceId)
                    .set(FEEDBACK_REQUEST.CLIENT_ID, request.clientId())
                    .set(FEEDBACK_REQUEST.TEMPLATE_VERSION_ID, request.templateVersionId())
                    .set(FEEDBACK_REQUEST.PARENT_ID, request.parentId())
                    .set(FEEDBACK_REQUEST.COMPANY, request.company())
                    .set(FEEDBACK_REQUEST.ROLE, request.role())
                    .set(FEEDBACK_REQUEST.INTERVIEWER_NAME, request.interviewerName())
                    .set(FEEDBACK_REQUEST.RECIPIENT_DOMAIN, request.recipientDomain())
                    .set(FEEDBACK_REQUEST.WEBMAIL, request.webmail())
                    .set(FEEDBACK_REQUEST.CHANNEL, request.channel())
                    .set(FEEDBACK_REQUEST.REJECTION_AT, request.rejectionAt())
                    .set(FEEDBACK_REQUEST.STATE, request.state())
                    .set(FEEDBACK_REQUEST.CREATED_AT, createdAt)
                    .set(FEEDBACK_REQUEST.UPDATED_AT, request.updatedAt().plusSeconds(2))
                    .onDuplicateKeyIgnore());
            for (var event : request.events()) {
                queries.add(sql.insertInto(REQUEST_EVENT)
                        .set(REQUEST_EVENT.ID, event.id())
                        .set(REQUEST_EVENT.PRACTICE_ID, practiceId)
                        .set(REQUEST_EVENT.REQUEST_ID, request.id())
                        .set(REQUEST_EVENT.TYPE, event.type())
                        .set(REQUEST_EVENT.OCCURRED_AT, event.occurredAt())
                        .set(REQUEST_EVENT.RECEIVED_AT, event.occurredAt().plus(Duration.ofSeconds(2)))
                        .set(REQUEST_EVENT.SOURCE, event.source())
                        .set(REQUEST_EVENT.RECORDED_BY, event.recordedBy())
                        .onDuplicateKeyIgnore());
            }
        }
        for (Note note : plan.notes()) {
            queries.add(sql.insertInto(REQUEST_NOTE)
                    .set(REQUEST_NOTE.ID, note.id())
                    .set(REQUEST_NOTE.PRACTICE_ID, practiceId)
                    .set(REQUEST_NOTE.REQUEST_ID, note.requestId())
                    .set(REQUEST_NOTE.AUTHOR_ID, note.authorId())
                    .set(REQUEST_NOTE.BODY, note.body())
                    .set(REQUEST_NOTE.CREATED_AT, note.createdAt())
                    .onDuplicateKeyIgnore());
            note.strengths().forEach(tag -> tagQueries(queries, practiceId, note.id(), TagKind.STRENGTH, tag));
            note.toImprove().forEach(tag -> tagQueries(queries, practiceId, note.id(), TagKind.TO_IMPROVE, tag));
        }
        sql.batch(queries).execute();
        sql.update(FEEDBACK_REQUEST)
                .set(FEEDBACK_REQUEST.LAST_SENT_AT, LastSent.of(FEEDBACK_REQUEST.ID))
                .where(FEEDBACK_REQUEST.PRACTICE_ID.eq(practiceId))
                .execute();
    }

    private void tagQueries(List<Query> queries, UUID practiceId, UUID noteId, TagKind kind, String name) {
        UUID tagId = UUID.nameUUIDFromBytes(("demo:" + practiceId + ":tag:" + kind + ":" + name)
                .getBytes(StandardCharsets.UTF_8));
        queries.add(sql.insertInto(FEEDBACK_TAG)
                .set(FEEDBACK_TAG.ID, tagId)
                .set(FEEDBACK_TAG.PRACTICE_ID, practiceId)
                .set(FEEDBACK_TAG.KIND, kind)
                .set(FEEDBACK_TAG.NAME, name)
                .onDuplicateKeyIgnore());
        queries.add(sql.insertInto(NOTE_TAG)
                .set(NOTE_TAG.NOTE_ID, noteId)
                .set(NOTE_TAG.TAG_ID, tagId)
                .set(NOTE_TAG.PRACTICE_ID, practiceId)
                .onDuplicateKeyIgnore());
    }
}
