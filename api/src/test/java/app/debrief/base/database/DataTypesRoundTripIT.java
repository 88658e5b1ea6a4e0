package app.debrief.base.database;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import app.debrief.accounts.Role;
import app.debrief.clients.ClientStatus;
import app.debrief.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DataTypesRoundTripIT {

    @Autowired
    DSLContext sql;

    @Test
    void uuid_instant_enum_and_utf8mb4_text_come_back_exactly_as_written() {
        UUID practiceId = UUID.randomUUID();
        UUID coachId = UUID.randomUUID();
        UUID clientId = UUID.randomUUID();
        Instant written = Instant.parse("2026-03-29T01:30:15.123456Z");
        String name = "Zoë Ñúñez-Łukasiewicz 🎯🙏 (日本語)";

        sql.insertInto(PRACTICE).set(PRACTICE.ID, practiceId).set(PRACTICE.NAME, "Café Carrières ✨")
                .set(PRACTICE.CREATED_AT, written).execute();
        sql.insertInto(COACH).set(COACH.ID, coachId).set(COACH.PRACTICE_ID, practiceId)
                .set(COACH.EMAIL, coachId + "@example.test").set(COACH.DISPLAY_NAME, "Renée")
                .set(COACH.PASSWORD_HASH, "{noop}x").set(COACH.ROLE, Role.OWNER).set(COACH.CREATED_AT, written)
                .execute();
        sql.insertInto(CLIENT).set(CLIENT.ID, clientId).set(CLIENT.PRACTICE_ID, practiceId)
                .set(CLIENT.COACH_ID, coachId).set(CLIENT.NAME, name).set(CLIENT.STATUS, ClientStatus.ARCHIVED)
                .set(CLIENT.CREATED_AT, written).execute();

        var client = sql.selectFrom(CLIENT).where(CLIENT.ID.eq(clientId)).fetchSingle();
        assertThat(client.getId()).isEqualTo(clientId);
        assertThat(client.getCoachId()).isEqualTo(coachId);
        assertThat(client.getName()).isEqualTo(name);
        assertThat(client.getStatus()).isEqualTo(ClientStatus.ARCHIVED);
        assertThat(client.getCreatedAt()).isEqualTo(written);
        assertThat(sql.fetchValue(PRACTICE.NAME, PRACTICE.ID.eq(practiceId))).isEqualTo("Café Carrières ✨");
        assertThat(sql.fetchValue(COACH.ROLE, COACH.ID.eq(coachId))).isEqualTo(Role.OWNER);
    }

    @Test
    void rows_are_found_by_uuid_and_text_compares_by_utf8mb4_collation() {
        UUID practiceId = UUID.randomUUID();
        sql.insertInto(PRACTICE).set(PRACTICE.ID, practiceId).set(PRACTICE.NAME, "Ünïcode 🧭")
                .set(PRACTICE.CREATED_AT, Instant.parse("2026-01-01T00:00:00Z")).execute();

        assertThat(sql.fetchCount(PRACTICE, PRACTICE.ID.eq(practiceId).and(PRACTICE.NAME.eq("Ünïcode 🧭"))))
                .isEqualTo(1);
        assertThat(sql.fetchValue("select @@character_set_server")).isEqualTo("utf8mb4");
        assertThat(sql.fetchValue("select data_type from information_schema.columns "
                + "where table_schema = database() and table_name = 'client' and column_name = 'id'"))
                .isEqualTo("uuid");
        assertThat(sql.fetchValue("select datetime_precision from information_schema.columns "
                + "where table_schema = database() and table_name = 'client' and column_name = 'created_at'")
                .toString()).isEqualTo("6");
        assertThat(sql.fetchValue("select engine from information_schema.tables "
                + "where table_schema = database() and table_name = 'client'")).isEqualTo("InnoDB");
    }
}
