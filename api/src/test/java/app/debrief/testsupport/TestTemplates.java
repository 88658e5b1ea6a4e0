package app.debrief.testsupport;

import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;

import java.time.Instant;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateStatus;
import org.jooq.DSLContext;

/** Libraries and published templates written straight to the database, for tests that only need them to exist. */
public final class TestTemplates {

    public static final String FOLLOW_UP_BODY = """
            Hi {{interviewer_name|there}},

            I'm following up on my note from last week in case it got buried. Thanks again for your time.
            I'm keen to learn: what is one thing I could do better next time? No worries if that isn't possible.

            {{my_name}}""";

    private static final Instant WHEN = Instant.parse("2026-01-01T00:00:00Z");

    private final DSLContext sql;

    public TestTemplates(DSLContext sql) {
        this.sql = sql;
    }

    public UUID library(CoachPrincipal author, String name) {
        UUID id = UUID.randomUUID();
        sql.insertInto(TEMPLATE_LIBRARY).set(TEMPLATE_LIBRARY.ID, id)
                .set(TEMPLATE_LIBRARY.PRACTICE_ID, author.practiceId()).set(TEMPLATE_LIBRARY.NAME, name)
                .set(TEMPLATE_LIBRARY.AUTHOR_ID, author.coachId()).set(TEMPLATE_LIBRARY.CREATED_AT, WHEN).execute();
        return id;
    }

    /** A template published once, at version 1, with the follow-up body above. */
    public UUID published(CoachPrincipal author, UUID libraryId, String name, TemplateKind kind) {
        UUID id = UUID.randomUUID();
        String subject = kind == TemplateKind.PHONE ? null : "Following up";
        sql.insertInto(TEMPLATE).set(TEMPLATE.ID, id).set(TEMPLATE.PRACTICE_ID, author.practiceId())
                .set(TEMPLATE.LIBRARY_ID, libraryId).set(TEMPLATE.NAME, name).set(TEMPLATE.KIND, kind)
                .set(TEMPLATE.STATUS, TemplateStatus.PUBLISHED).set(TEMPLATE.SUBJECT, subject)
                .set(TEMPLATE.BODY, FOLLOW_UP_BODY).set(TEMPLATE.CURRENT_VERSION, 1)
                .set(TEMPLATE.UPDATED_AT, WHEN).set(TEMPLATE.UPDATED_BY, author.coachId()).execute();
        sql.insertInto(TEMPLATE_VERSION).set(TEMPLATE_VERSION.ID, UUID.randomUUID())
                .set(TEMPLATE_VERSION.PRACTICE_ID, author.practiceId()).set(TEMPLATE_VERSION.TEMPLATE_ID, id)
                .set(TEMPLATE_VERSION.VERSION, 1).set(TEMPLATE_VERSION.SUBJECT, subject)
                .set(TEMPLATE_VERSION.BODY, FOLLOW_UP_BODY).set(TEMPLATE_VERSION.AUTHOR_ID, author.coachId())
                .set(TEMPLATE_VERSION.CREATED_AT, WHEN).execute();
        return id;
    }
}
