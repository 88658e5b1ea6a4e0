package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.Role;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shared insert of PUT /requests on MariaDB: one statement for the rows of many calls. */
@IntegrationTest
class NewRequestsIT {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    @Autowired
    DSLContext sql;

    @Autowired
    RequestRepository requests;

    @Test
    void one_statement_inserts_each_new_row_once_and_answers_only_those() {
        var data = new TestData(sql);
        UUID practice = data.practice();
        UUID client = data.client(data.coach(practice, Role.OWNER), "Lena Fischer");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID known = UUID.randomUUID();
        requests.insertIfAbsent(practice, client, known, draft("Known"), NOW);

        // a batch can fail and fall back to single rows unseen by the callers: call the batch itself
        var inserted = requests.insertAllIfAbsent(List.of(
                new NewRequest(practice, client, first, draft("First"), NOW),
                new NewRequest(practice, client, known, draft("Known again"), NOW),
                new NewRequest(practice, client, first, draft("Its retry"), NOW),
                new NewRequest(practice, client, second, draft("Second"), NOW)));

        assertThat(inserted).containsExactlyInAnyOrder(first, second);
        assertThat(sql.fetch(FEEDBACK_REQUEST, FEEDBACK_REQUEST.CLIENT_ID.eq(client)))
                .extracting(row -> row.getCompany()).containsExactlyInAnyOrder("Known", "First", "Second");
        var stored = sql.fetchSingle(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(second));
        assertThat(stored.getPracticeId()).isEqualTo(practice);
        assertThat(stored.getRecipientDomain()).isEqualTo("acme.example");
        assertThat(stored.getState()).isEqualTo(RequestState.REJECTION_LOGGED);
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
    }

    private static RequestDraft draft(String company) {
        return new RequestDraft(company, "Analyst", "Dana", "acme.example", "gmail", Channel.EMAIL, NOW, null, null);
    }
}
