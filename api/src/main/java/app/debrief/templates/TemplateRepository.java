package app.debrief.templates;

import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class TemplateRepository {

    private final DSLContext sql;
    /** Every write here may change what a client's GET /templates answer holds: each moves the stamp. */
    private final TemplatesStamp stamp;

    TemplateRepository(DSLContext sql, TemplatesStamp stamp) {
        this.sql = sql;
        this.stamp = stamp;
    }

    record LibraryRow(UUID id, String name, @Nullable String description, UUID authorId) {
    }

    record TemplateRow(UUID id, UUID libraryId, String libraryName, UUID libraryAuthorId, String name,
            TemplateKind kind, TemplateStatus status, @Nullable String subject, String body, int currentVersion) {
    }

    /** Every library of the practice with the templates that match, in one query. */
    List<LibraryView> libraries(UUID practiceId, UUID viewerId, boolean viewerIsOwner, Condition templateFilter,
            boolean hideEmpty) {
        var templates = multiset(select(TEMPLATE.ID, TEMPLATE.NAME, TEMPLATE.KIND, TEMPLATE.STATUS,
                        TEMPLATE.CURRENT_VERSION, TEMPLATE.UPDATED_AT)
                .from(TEMPLATE)
                .where(TEMPLATE.LIBRARY_ID.eq(TEMPLATE_LIBRARY.ID), templateFilter)
                .orderBy(TEMPLATE.NAME))
                .convertFrom(records -> records.map(mapping(TemplateSummary::new)));
        return sql.select(TEMPLATE_LIBRARY.ID, TEMPLATE_LIBRARY.NAME, TEMPLATE_LIBRARY.DESCRIPTION,
                        COACH.DISPLAY_NAME, TEMPLATE_LIBRARY.STARTER, TEMPLATE_LIBRARY.AUTHOR_ID, templates)
                .from(TEMPLATE_LIBRARY)
                .join(COACH).on(COACH.ID.eq(TEMPLATE_LIBRARY.AUTHOR_ID))
                .where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId))
                .orderBy(TEMPLATE_LIBRARY.STARTER.desc(), TEMPLATE_LIBRARY.NAME)
                .fetch(r -> new LibraryView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        viewerIsOwner || r.value6().equals(viewerId), r.value7()))
                .stream()
                .filter(library -> !hideEmpty || !library.templates().isEmpty())
                .toList();
    }

    static Condition filter(String search, List<TemplateKind> kinds, List<TemplateStatus> statuses) {
        Condition condition = DSL.trueCondition();
        if (!search.isBlank()) {
            String pattern = "%" + search.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            condition = condition.and(TEMPLATE.NAME.likeIgnoreCase(pattern, '\\')
                    .or(TEMPLATE.BODY.likeIgnoreCase(pattern, '\\'))
                    .or(TEMPLATE.SUBJECT.likeIgnoreCase(pattern, '\\')));
        }
        if (!kinds.isEmpty()) {
            condition = condition.and(TEMPLATE.KIND.in(kinds));
        }
        if (!statuses.isEmpty()) {
            condition = condition.and(TEMPLATE.STATUS.in(statuses));
        }
        return condition;
    }

    Optional<LibraryRow> library(UUID practiceId, UUID libraryId) {
        return sql.select(TEMPLATE_LIBRARY.ID, TEMPLATE_LIBRARY.NAME, TEMPLATE_LIBRARY.DESCRIPTION,
                        TEMPLATE_LIBRARY.AUTHOR_ID)
                .from(TEMPLATE_LIBRARY)
                .where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId), TEMPLATE_LIBRARY.ID.eq(libraryId))
                .fetchOptional(mapping(LibraryRow::new));
    }

    boolean libraryNameTaken(UUID practiceId, String name, @Nullable UUID except) {
        Condition condition = TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId).and(TEMPLATE_LIBRARY.NAME.eq(name));
        return sql.fetchExists(TEMPLATE_LIBRARY, except == null ? condition
                : condition.and(TEMPLATE_LIBRARY.ID.ne(except)));
    }

    void insertLibrary(UUID practiceId, UUID id, String name, @Nullable String description, UUID authorId,
            boolean starter, Instant now) {
        sql.insertInto(TEMPLATE_LIBRARY)
                .set(TEMPLATE_LIBRARY.ID, id)
                .set(TEMPLATE_LIBRARY.PRACTICE_ID, practiceId)
                .set(TEMPLATE_LIBRARY.NAME, name)
                .set(TEMPLATE_LIBRARY.DESCRIPTION, description)
                .set(TEMPLATE_LIBRARY.AUTHOR_ID, authorId)
                .set(TEMPLATE_LIBRARY.STARTER, starter)
                .set(TEMPLATE_LIBRARY.CREATED_AT, now)
                .execute();
        stamp.advance(practiceId);
    }

    void updateLibrary(UUID practiceId, UUID id, String name, @Nullable String description) {
        sql.update(TEMPLATE_LIBRARY)
                .set(TEMPLATE_LIBRARY.NAME, name)
                .set(TEMPLATE_LIBRARY.DESCRIPTION, description)
                .where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId), TEMPLATE_LIBRARY.ID.eq(id))
                .execute();
        stamp.advance(practiceId);
    }

    boolean libraryHasVersions(UUID practiceId, UUID libraryId) {
        return sql.fetchExists(select(TEMPLATE_VERSION.ID).from(TEMPLATE_VERSION)
                .join(TEMPLATE).on(TEMPLATE.ID.eq(TEMPLATE_VERSION.TEMPLATE_ID))
                .where(TEMPLATE_VERSION.PRACTICE_ID.eq(practiceId), TEMPLATE.LIBRARY_ID.eq(libraryId)));
    }

    void deleteLibrary(UUID practiceId, UUID libraryId) {
        sql.deleteFrom(TEMPLATE)
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.LIBRARY_ID.eq(libraryId))
                .execute();
        sql.deleteFrom(TEMPLATE_LIBRARY)
                .where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(practiceId), TEMPLATE_LIBRARY.ID.eq(libraryId))
                .execute();
        stamp.advance(practiceId);
    }

    /** With a row lock when publishing, so two publications of one template number their versions in turn. */
    Optional<TemplateRow> template(UUID practiceId, UUID templateId, boolean lock) {
        var query = sql.select(TEMPLATE.ID, TEMPLATE.LIBRARY_ID, TEMPLATE_LIBRARY.NAME, TEMPLATE_LIBRARY.AUTHOR_ID,
                        TEMPLATE.NAME, TEMPLATE.KIND, TEMPLATE.STATUS, TEMPLATE.SUBJECT, TEMPLATE.BODY,
                        TEMPLATE.CURRENT_VERSION)
                .from(TEMPLATE)
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.ID.eq(templateId));
        return (lock ? query.forUpdate() : query).fetchOptional(mapping(TemplateRow::new));
    }

    void insertTemplate(UUID practiceId, UUID id, UUID libraryId, String name, TemplateKind kind,
            @Nullable String subject, String body, UUID by, Instant now) {
        sql.insertInto(TEMPLATE)
                .set(TEMPLATE.ID, id)
                .set(TEMPLATE.PRACTICE_ID, practiceId)
                .set(TEMPLATE.LIBRARY_ID, libraryId)
                .set(TEMPLATE.NAME, name)
                .set(TEMPLATE.KIND, kind)
                .set(TEMPLATE.STATUS, TemplateStatus.DRAFT)
                .set(TEMPLATE.SUBJECT, subject)
                .set(TEMPLATE.BODY, body)
                .set(TEMPLATE.UPDATED_AT, now)
                .set(TEMPLATE.UPDATED_BY, by)
                .execute();
        stamp.advance(practiceId);
    }

    void updateText(UUID practiceId, UUID id, String name, @Nullable String subject, String body, UUID by,
            Instant now) {
        sql.update(TEMPLATE)
                .set(TEMPLATE.NAME, name)
                .set(TEMPLATE.SUBJECT, subject)
                .set(TEMPLATE.BODY, body)
                .set(TEMPLATE.UPDATED_AT, now)
                .set(TEMPLATE.UPDATED_BY, by)
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.ID.eq(id))
                .execute();
        stamp.advance(practiceId);
    }

    void setStatus(UUID practiceId, UUID id, TemplateStatus status, UUID by, Instant now) {
        sql.update(TEMPLATE)
                .set(TEMPLATE.STATUS, status)
                .set(TEMPLATE.UPDATED_AT, now)
                .set(TEMPLATE.UPDATED_BY, by)
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.ID.eq(id))
                .execute();
        stamp.advance(practiceId);
    }

    /** The practice's settings never name a template clients no longer get. */
    void stopOfferingAsFollowUp(UUID practiceId, UUID templateId) {
        sql.update(PRACTICE)
                .setNull(PRACTICE.FOLLOW_UP_TEMPLATE_ID)
                .where(PRACTICE.ID.eq(practiceId), PRACTICE.FOLLOW_UP_TEMPLATE_ID.eq(templateId))
                .execute();
        stamp.advance(practiceId);
    }

    void insertVersion(UUID practiceId, UUID templateId, int version, @Nullable String subject, String body,
            UUID authorId, Instant now, List<CheckId> warnings, @Nullable UUID confirmedBy) {
        sql.insertInto(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.ID, UUID.randomUUID())
                .set(TEMPLATE_VERSION.PRACTICE_ID, practiceId)
                .set(TEMPLATE_VERSION.TEMPLATE_ID, templateId)
                .set(TEMPLATE_VERSION.VERSION, version)
                .set(TEMPLATE_VERSION.SUBJECT, subject)
                .set(TEMPLATE_VERSION.BODY, body)
                .set(TEMPLATE_VERSION.AUTHOR_ID, authorId)
                .set(TEMPLATE_VERSION.CREATED_AT, now)
                .set(TEMPLATE_VERSION.WARNINGS, warnings.isEmpty() ? null
                        : String.join(",", warnings.stream().map(Enum::name).toList()))
                .set(TEMPLATE_VERSION.WARNINGS_CONFIRMED_BY, confirmedBy)
                .execute();
        sql.update(TEMPLATE)
                .set(TEMPLATE.CURRENT_VERSION, version)
                .set(TEMPLATE.STATUS, TemplateStatus.PUBLISHED)
                .set(TEMPLATE.UPDATED_AT, now)
                .set(TEMPLATE.UPDATED_BY, authorId)
                .where(TEMPLATE.PRACTICE_ID.eq(practiceId), TEMPLATE.ID.eq(templateId))
                .execute();
        stamp.advance(practiceId);
    }

    List<TemplateVersionView> versions(UUID practiceId, UUID templateId) {
        var author = COACH.as("author");
        var confirmer = COACH.as("confirmer");
        return sql.select(TEMPLATE_VERSION.ID, TEMPLATE_VERSION.VERSION, TEMPLATE_VERSION.SUBJECT,
                        TEMPLATE_VERSION.BODY, author.DISPLAY_NAME, TEMPLATE_VERSION.CREATED_AT,
                        TEMPLATE_VERSION.WARNINGS, confirmer.DISPLAY_NAME)
                .from(TEMPLATE_VERSION)
                .join(author).on(author.ID.eq(TEMPLATE_VERSION.AUTHOR_ID))
                .leftJoin(confirmer).on(confirmer.ID.eq(TEMPLATE_VERSION.WARNINGS_CONFIRMED_BY))
                .where(TEMPLATE_VERSION.PRACTICE_ID.eq(practiceId), TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId))
                .orderBy(TEMPLATE_VERSION.VERSION.desc())
                .fetch(r -> new TemplateVersionView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), warnings(r.value7()), r.value8()));
    }

    private static List<CheckId> warnings(@Nullable String stored) {
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(CheckId::valueOf).toList();
    }
}
