package app.debrief.practice;

import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static org.jooq.Records.mapping;

import java.util.List;
import java.util.UUID;

import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PracticeSettingsRepository {

    private final DSLContext sql;

    PracticeSettingsRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** The follow-up template only while it is still a published follow-up template: a retired one is none. */
    PracticeSettings find(UUID practiceId) {
        return sql.select(PRACTICE.NAME, PRACTICE.TIME_ZONE, PRACTICE.NO_REPLY_DAYS, PRACTICE.FOLLOW_UP_DAY,
                        TEMPLATE.ID, PRACTICE.PUBLIC_ADDRESS)
                .from(PRACTICE)
                .leftJoin(TEMPLATE).on(TEMPLATE.ID.eq(PRACTICE.FOLLOW_UP_TEMPLATE_ID), offerable(practiceId))
                .where(PRACTICE.ID.eq(practiceId))
                .fetchSingle(mapping(PracticeSettings::new));
    }

    List<FollowUpTemplateChoice> followUpTemplates(UUID practiceId) {
        return sql.select(TEMPLATE.ID, TEMPLATE.NAME, TEMPLATE_LIBRARY.NAME)
                .from(TEMPLATE)
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(TEMPLATE.LIBRARY_ID))
                .where(offerable(practiceId))
                .orderBy(TEMPLATE_LIBRARY.NAME, TEMPLATE.NAME, TEMPLATE.ID)
                .fetch(mapping(FollowUpTemplateChoice::new));
    }

    boolean isOfferable(UUID practiceId, UUID templateId) {
        return sql.fetchExists(TEMPLATE, TEMPLATE.ID.eq(templateId).and(offerable(practiceId)));
    }

    void update(UUID practiceId, PracticeSettings settings) {
        sql.update(PRACTICE)
                .set(PRACTICE.NAME, settings.name())
                .set(PRACTICE.TIME_ZONE, settings.timeZone())
                .set(PRACTICE.NO_REPLY_DAYS, settings.noReplyDays())
                .set(PRACTICE.FOLLOW_UP_DAY, settings.followUpDay())
                .set(PRACTICE.FOLLOW_UP_TEMPLATE_ID, settings.followUpTemplateId())
                .set(PRACTICE.PUBLIC_ADDRESS, settings.publicAddress())
                // the follow-up template is part of every client's templates answer
                .set(PRACTICE.TEMPLATES_STAMP, PRACTICE.TEMPLATES_STAMP.plus(1))
                .where(PRACTICE.ID.eq(practiceId))
                .execute();
    }

    private static Condition offerable(UUID practiceId) {
        return TEMPLATE.PRACTICE_ID.eq(practiceId)
                .and(TEMPLATE.KIND.eq(TemplateKind.FOLLOW_UP))
                .and(TEMPLATE.STATUS.eq(TemplateStatus.PUBLISHED));
    }
}
