package app.debrief.templates;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.LIBRARY_ASSIGNMENT;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import app.debrief.clients.ClientStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record8;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class AssignmentRepository {

    private final DSLContext sql;
    private final TemplatesStamp stamp;

    AssignmentRepository(DSLContext sql, TemplatesStamp stamp) {
        this.sql = sql;
        this.stamp = stamp;
    }

    record PublishedVersion(UUID versionId, UUID templateId, String name, TemplateKind kind, String libraryName,
            @Nullable String subject, String body, boolean practiceFollowUp) {
    }

    /** How many of these clients the coach may see: all must be, or the call is refused. */
    int visibleClients(UUID practiceId, Collection<UUID> clientIds, @Nullable UUID coachId) {
        Condition condition = CLIENT.PRACTICE_ID.eq(practiceId).and(CLIENT.ID.in(clientIds))
                .and(CLIENT.STATUS.ne(ClientStatus.ERASED));
        return sql.fetchCount(CLIENT, coachId == null ? condition : condition.and(CLIENT.COACH_ID.eq(coachId)));
    }

    /** Idempotent: assigning twice changes nothing. */
    void assign(UUID practiceId, UUID libraryId, Collection<UUID> clientIds, UUID by, Instant now) {
        var insert = sql.insertInto(LIBRARY_ASSIGNMENT, LIBRARY_ASSIGNMENT.PRACTICE_ID, LIBRARY_ASSIGNMENT.LIBRARY_ID,
                LIBRARY_ASSIGNMENT.CLIENT_ID, LIBRARY_ASSIGNMENT.ASSIGNED_BY, LIBRARY_ASSIGNMENT.ASSIGNED_AT);
        for (UUID clientId : clientIds) {
            insert = insert.values(practiceId, libraryId, clientId, by, now);
        }
        insert.onDuplicateKeyIgnore().execute();
        stamp.advance(practiceId);
    }

    void unassign(UUID practiceId, UUID libraryId, Collection<UUID> clientIds) {
        sql.deleteFrom(LIBRARY_ASSIGNMENT)
                .where(LIBRARY_ASSIGNMENT.PRACTICE_ID.eq(practiceId), LIBRARY_ASSIGNMENT.LIBRARY_ID.eq(libraryId),
                        LIBRARY_ASSIGNMENT.CLIENT_ID.in(clientIds))
                .execute();
        stamp.advance(practiceId);
    }

    List<UUID> librariesOf(UUID practiceId, UUID clientId) {
        return sql.select(LIBRARY_ASSIGNMENT.LIBRARY_ID).from(LIBRARY_ASSIGNMENT)
                .where(LIBRARY_ASSIGNMENT.PRACTICE_ID.eq(practiceId), LIBRARY_ASSIGNMENT.CLIENT_ID.eq(clientId))
                .fetch(LIBRARY_ASSIGNMENT.LIBRARY_ID);
    }

    /** The library's clients that the coach (or, for {@code null}, the owner) sees, by name. */
    List<AssignedClient> clientsOf(UUID practiceId, UUID libraryId, @Nullable UUID coachId) {
        Condition condition = LIBRARY_ASSIGNMENT.PRACTICE_ID.eq(practiceId)
                .and(LIBRARY_ASSIGNMENT.LIBRARY_ID.eq(libraryId))
                .and(CLIENT.STATUS.ne(ClientStatus.ERASED));
        return sql.select(CLIENT.ID, CLIENT.NAME, CLIENT.EMAIL)
                .from(LIBRARY_ASSIGNMENT)
                .join(CLIENT).on(CLIENT.ID.eq(LIBRARY_ASSIGNMENT.CLIENT_ID))
                .where(coachId == null ? condition : condition.and(CLIENT.COACH_ID.eq(coachId)))
                .orderBy(CLIENT.NAME, CLIENT.ID)
                .fetch(org.jooq.Records.mapping(AssignedClient::new));
    }

    boolean libraryAssigned(UUID practiceId, UUID libraryId) {
        return sql.fetchExists(LIBRARY_ASSIGNMENT, LIBRARY_ASSIGNMENT.PRACTICE_ID.eq(practiceId)
                .and(LIBRARY_ASSIGNMENT.LIBRARY_ID.eq(libraryId)));
    }

    /**
     * The current version of every published template in the client's libraries, and the practice's
     * follow-up template wherever it lives, marked as such, in one query. Two branches joined by
     * UNION ALL, each walking its own index (the client's assignments; the practice's key): an OR of
     * the two would read every template of the practice on each call.
     */
    List<PublishedVersion> publishedFor(UUID practiceId, UUID clientId) {
        var assignedLibraries = DSL.select(LIBRARY_ASSIGNMENT.LIBRARY_ID).from(LIBRARY_ASSIGNMENT)
                .where(LIBRARY_ASSIGNMENT.PRACTICE_ID.eq(practiceId), LIBRARY_ASSIGNMENT.CLIENT_ID.eq(clientId));
        return published(practiceId, TEMPLATE.LIBRARY_ID.in(assignedLibraries),
                TEMPLATE.LIBRARY_ID.notIn(assignedLibraries));
    }

    /** What a client with exactly these libraries gets. */
    List<PublishedVersion> publishedIn(UUID practiceId, Collection<UUID> libraryIds) {
        return published(practiceId, TEMPLATE.LIBRARY_ID.in(libraryIds), TEMPLATE.LIBRARY_ID.notIn(libraryIds));
    }

    /**
     * The current published version of each template in the libraries, plus the practice's
     * follow-up template when it lies elsewhere, by library and template name.
     */
    private List<PublishedVersion> published(UUID practiceId, Condition inLibraries, Condition elsewhere) {
        var inAssignedLibraries = publishedVersionColumns()
                .from(TEMPLATE)
                .join(PRACTICE).on(PRACTICE.ID.eq(TEMPLATE.PRACTICE_ID))
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.TEMPLATE_ID.eq(TEMPLATE.ID)
                        .and(TEMPLATE_VERSION.VERSION.eq(TEMPLATE.CURRENT_VERSION)))
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), inLibraries, TEMPLATE.STATUS.eq(TemplateStatus.PUBLISHED));
        var followUpElsewhere = publishedVersionColumns()
                .from(PRACTICE)
                .join(TEMPLATE).on(TEMPLATE.ID.eq(PRACTICE.FOLLOW_UP_TEMPLATE_ID))
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .join(TEMPLATE_VERSION).on(TEMPLATE_VERSION.TEMPLATE_ID.eq(TEMPLATE.ID)
                        .and(TEMPLATE_VERSION.VERSION.eq(TEMPLATE.CURRENT_VERSION)))
                .where(PRACTICE.ID.eq(practiceId), TEMPLATE.PRACTICE_ID.eq(practiceId),
                        TEMPLATE.STATUS.eq(TemplateStatus.PUBLISHED), elsewhere);
        var versions = inAssignedLibraries.unionAll(followUpElsewhere).asTable("versions");
        return sql.selectFrom(versions)
                .orderBy(versions.field("library_name"), versions.field("template_name"))
                .fetch(r -> new PublishedVersion(r.get("version_id", UUID.class), r.get("template_id", UUID.class),
                        r.get("template_name", String.class), r.get("kind", TemplateKind.class),
                        r.get("library_name", String.class), r.get("subject", String.class), r.get("body", String.class),
                        Boolean.TRUE.equals(r.get("practice_follow_up", Boolean.class))));
    }

    private static SelectSelectStep<Record8<UUID, UUID, String, TemplateKind, String, String, String, Boolean>>
            publishedVersionColumns() {
        return DSL.select(TEMPLATE_VERSION.ID.as("version_id"), TEMPLATE.ID.as("template_id"),
                TEMPLATE.NAME.as("template_name"), TEMPLATE.KIND.as("kind"), TEMPLATE_LIBRARY.NAME.as("library_name"),
                TEMPLATE_VERSION.SUBJECT.as("subject"), TEMPLATE_VERSION.BODY.as("body"),
                DSL.field(TEMPLATE.ID.isNotDistinctFrom(PRACTICE.FOLLOW_UP_TEMPLATE_ID)).as("practice_follow_up"));
    }
}
