package app.debrief.templates;

import static app.debrief.db.jooq.Tables.PRACTICE;

import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The practice's templates stamp: a counter that every write to what a client's GET /templates
 * answer is made of (templates, versions, libraries, assignments, the follow-up setting) moves in
 * its own transaction. The extension's token is read with it on every call, so {@link TemplatesAnswers}
 * serves an unchanged answer from memory and every node sees a change on its next call. The
 * practice settings and the demo data move it in their own updates of the practice.
 */
@Repository
class TemplatesStamp {

    private final DSLContext sql;

    TemplatesStamp(DSLContext sql) {
        this.sql = sql;
    }

    void advance(UUID practiceId) {
        sql.update(PRACTICE)
                .set(PRACTICE.TEMPLATES_STAMP, PRACTICE.TEMPLATES_STAMP.plus(1))
                .where(PRACTICE.ID.eq(practiceId))
                .execute();
    }
}
