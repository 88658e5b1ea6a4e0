package app.debrief.demo;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.LIBRARY_ASSIGNMENT;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;

import java.time.Instant;
import java.util.UUID;

import app.debrief.accounts.Role;
import app.debrief.clients.ClientStatus;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class DemoDataRepository {

    private final DSLContext sql;

    DemoDataRepository(DSLContext sql) {
        this.sql = sql;
    }

    UUID ownerOf(UUID practiceId) {
        return sql.select(COACH.ID).from(COACH)
                .where(COACH.PRACTICE_ID.eq(practiceId), COACH.ROLE.eq(Role.OWNER))
                .fetchSingle(COACH.ID);
    }

    UUID insertCoach(UUID practiceId, String email, String name, String passwordHash, Instant now) {
        var id = UUID.randomUUID();
        sql.insertInto(COACH)
                .set(COACH.ID, id)
                .set(COACH.PRACTICE_ID, practiceId)
                .set(COACH.EMAIL, email)
                .set(COACH.DISPLAY_NAME, name)
                .set(COACH.PASSWORD_HASH, passwordHash)
                .set(COACH.ROLE, Role.COACH)
                .set(COACH.CREATED_AT, now)
                .execute();
        return id;
    }

    void insertClient(UUID practiceId, UUID coachId, DemoClient client, Instant now) {
        sql.insertInto(CLIENT)
                .set(CLIENT.ID, UUID.randomUUID())
                .set(CLIENT.PRACTICE_ID, practiceId)
                .set(CLIENT.COACH_ID, coachId)
                .set(CLIENT.NAME, client.name())
                .set(CLIENT.EMAIL, client.email())
                .set(CLIENT.TARGET_FIELD, client.targetField())
                .set(CLIENT.STATUS, client.status())
                .set(CLIENT.CREATED_AT, now)
                .execute();
    }

    /** The practice's libraries (the starter library) for each of its active clients, as a coach would assign them. */
    void assignLibrariesToActiveClients(UUID practiceId, UUID assignedBy, Instant now) {
        sql.insertInto(LIBRARY_ASSIGNMENT, LIBRARY_ASSIGNMENT.PRACTICE_ID, LIBRARY_ASSIGNMENT.LIBRARY_ID,
                        LIBRARY_ASSIGNMENT.CLIENT_ID, LIBRARY_ASSIGNMENT.ASSIGNED_BY, LIBRARY_ASSIGNMENT.ASSIGNED_AT)
                .select(sql.select(CLIENT.PRACTICE_ID, TEMPLATE_LIBRARY.ID, CLIENT.ID,
                                DSL.val(assignedBy, LIBRARY_ASSIGNMENT.ASSIGNED_BY), DSL.val(now, LIBRARY_ASSIGNMENT.ASSIGNED_AT))
                        .from(CLIENT).join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.PRACTICE_ID.eq(CLIENT.PRACTICE_ID))
                        .where(CLIENT.PRACTICE_ID.eq(practiceId), CLIENT.STATUS.eq(ClientStatus.ACTIVE)))
                .execute();
        // what the practice's clients get has changed: see app.debrief.templates.TemplatesStamp
        sql.update(PRACTICE).set(PRACTICE.TEMPLATES_STAMP, PRACTICE.TEMPLATES_STAMP.plus(1))
                .where(PRACTICE.ID.eq(practiceId)).execute();
    }

    record DemoClient(String name, String email, String targetField, ClientStatus status) {
    }
}
