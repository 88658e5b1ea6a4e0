package app.debrief.testsupport;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.requests.Channel;
import app.debrief.requests.EventSource;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestStates;
import app.debrief.requests.StoredEvent;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateStatus;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Libraries, published template versions, feedback requests and their events written straight to the
 * database, for report tests. A request's state is computed from its events as the service does.
 */
public final class ReportTestData {

    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");

    private final DSLContext sql;

    public ReportTestData(DSLContext sql) {
        this.sql = sql;
    }

    public void timeZone(UUID practiceId, String zone) {
        sql.update(PRACTICE).set(PRACTICE.TIME_ZONE, zone).where(PRACTICE.ID.eq(practiceId)).execute();
    }

    public UUID library(CoachPrincipal author, String name) {
        UUID id = UUID.randomUUID();
        sql.insertInto(TEMPLATE_LIBRARY).set(TEMPLATE_LIBRARY.ID, id)
                .set(TEMPLATE_LIBRARY.PRACTICE_ID, author.practiceId()).set(TEMPLATE_LIBRARY.NAME, name)
                .set(TEMPLATE_LIBRARY.AUTHOR_ID, author.coachId()).set(TEMPLATE_LIBRARY.CREATED_AT, CREATED)
                .execute();
        return id;
    }

    /** A published template with {@code versions} versions; returns the version ids, oldest first. */
    public Template template(CoachPrincipal author, UUID libraryId, String name, int versions) {
        UUID id = UUID.randomUUID();
        sql.insertInto(TEMPLATE).set(TEMPLATE.ID, id).set(TEMPLATE.PRACTICE_ID, author.practiceId())
                .set(TEMPLATE.LIBRARY_ID, libraryId).set(TEMPLATE.NAME, name).set(TEMPLATE.KIND, TemplateKind.EMAIL)
                .set(TEMPLATE.STATUS, TemplateStatus.PUBLISHED).set(TEMPLATE.BODY, "Thank you for your time.")
                .set(TEMPLATE.CURRENT_VERSION, versions).set(TEMPLATE.UPDATED_AT, CREATED)
                .set(TEMPLATE.UPDATED_BY, author.coachId())
                .execute();
        var ids = new ArrayList<UUID>();
        for (int version = 1; version <= versions; version++) {
            UUID versionId = UUID.randomUUID();
            sql.insertInto(TEMPLATE_VERSION).set(TEMPLATE_VERSION.ID, versionId)
                    .set(TEMPLATE_VERSION.PRACTICE_ID, author.practiceId()).set(TEMPLATE_VERSION.TEMPLATE_ID, id)
                    .set(TEMPLATE_VERSION.VERSION, version).set(TEMPLATE_VERSION.BODY, "Thank you, version " + version)
                    .set(TEMPLATE_VERSION.AUTHOR_ID, author.coachId()).set(TEMPLATE_VERSION.CREATED_AT, CREATED)
                    .execute();
            ids.add(versionId);
        }
        return new Template(id, List.copyOf(ids));
    }

    public record Template(UUID id, List<UUID> versions) {

        public UUID version(int number) {
            return versions.get(number - 1);
        }
    }

    /** An event at a time after the rejection. */
    public record Event(EventType type, Duration after, EventSource source) {

        public static Event at(EventType type, Duration after) {
            return new Event(type, after, type == EventType.NO_REPLY ? EventSource.SYSTEM : EventSource.EXTENSION);
        }
    }

    /**
     * A request of the client, logged at {@code rejectionAt} (a REJECTION_LOGGED event then), with the
     * given later events; its state follows from them, and it reads as updated at {@code updatedAt}.
     */
    public UUID request(UUID practiceId, UUID clientId, @Nullable UUID versionId, @Nullable String webmail,
            Instant rejectionAt, Instant updatedAt, Event... events) {
        UUID id = UUID.randomUUID();
        var all = new ArrayList<Event>();
        all.add(Event.at(EventType.REJECTION_LOGGED, Duration.ZERO));
        all.addAll(List.of(events));
        var stored = all.stream().map(event -> new StoredEvent(UUID.randomUUID(), event.type(),
                rejectionAt.plus(event.after()), event.source())).toList();
        sql.insertInto(FEEDBACK_REQUEST).set(FEEDBACK_REQUEST.ID, id).set(FEEDBACK_REQUEST.PRACTICE_ID, practiceId)
                .set(FEEDBACK_REQUEST.CLIENT_ID, clientId).set(FEEDBACK_REQUEST.TEMPLATE_VERSION_ID, versionId)
                .set(FEEDBACK_REQUEST.COMPANY, "Company " + id.toString().substring(0, 6))
                .set(FEEDBACK_REQUEST.WEBMAIL, webmail)
                .set(FEEDBACK_REQUEST.CHANNEL, webmail == null ? Channel.PHONE : Channel.EMAIL)
                .set(FEEDBACK_REQUEST.REJECTION_AT, rejectionAt)
                .set(FEEDBACK_REQUEST.STATE, RequestStates.of(stored))
                .set(FEEDBACK_REQUEST.CREATED_AT, updatedAt).set(FEEDBACK_REQUEST.UPDATED_AT, updatedAt)
                .execute();
        addEvents(practiceId, id, stored, updatedAt);
        return id;
    }

    /** Records more events of a request and recomputes its state, as the request service would. */
    public void addEvents(UUID practiceId, UUID requestId, Instant updatedAt, Event... events) {
        Instant rejectionAt = sql.select(FEEDBACK_REQUEST.REJECTION_AT).from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.ID.eq(requestId)).fetchSingle().value1();
        var stored = List.of(events).stream().map(event -> new StoredEvent(UUID.randomUUID(), event.type(),
                rejectionAt.plus(event.after()), event.source())).toList();
        addEvents(practiceId, requestId, stored, updatedAt);
    }

    private void addEvents(UUID practiceId, UUID requestId, List<StoredEvent> stored, Instant receivedAt) {
        for (var event : stored) {
            sql.insertInto(REQUEST_EVENT).set(REQUEST_EVENT.ID, event.id()).set(REQUEST_EVENT.PRACTICE_ID, practiceId)
                    .set(REQUEST_EVENT.REQUEST_ID, requestId).set(REQUEST_EVENT.TYPE, event.type())
                    .set(REQUEST_EVENT.OCCURRED_AT, event.occurredAt()).set(REQUEST_EVENT.RECEIVED_AT, receivedAt)
                    .set(REQUEST_EVENT.SOURCE, event.source())
                    .execute();
        }
        var all = sql.select(REQUEST_EVENT.ID, REQUEST_EVENT.TYPE, REQUEST_EVENT.OCCURRED_AT, REQUEST_EVENT.SOURCE)
                .from(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.eq(requestId))
                .fetch(row -> new StoredEvent(row.value1(), row.value2(), row.value3(), row.value4()));
        sql.update(FEEDBACK_REQUEST).set(FEEDBACK_REQUEST.STATE, RequestStates.of(all))
                .set(FEEDBACK_REQUEST.UPDATED_AT, receivedAt).where(FEEDBACK_REQUEST.ID.eq(requestId)).execute();
    }

    /** Moves the rejection (the extension may correct it), as an update at {@code updatedAt}. */
    public void moveRejection(UUID requestId, Instant rejectionAt, Instant updatedAt) {
        sql.update(FEEDBACK_REQUEST).set(FEEDBACK_REQUEST.REJECTION_AT, rejectionAt)
                .set(FEEDBACK_REQUEST.UPDATED_AT, updatedAt).where(FEEDBACK_REQUEST.ID.eq(requestId)).execute();
    }
}
