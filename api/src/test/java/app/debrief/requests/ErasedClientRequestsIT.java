package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.NOTE_TAG;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientService;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasing a client removes what their requests said about them, and keeps what reports count. */
@IntegrationTest
class ErasedClientRequestsIT {

    @Autowired
    ClientService clients;

    @Autowired
    RequestTimelineService timelines;

    @Autowired
    DSLContext sql;

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void notes_tags_and_interviewer_names_go_and_the_requests_stay_for_the_counts() {
        var data = new TestData(sql);
        CoachPrincipal coach = data.coach(data.practice(), Role.COACH);
        UUID leaving = data.client(coach, "Leaving Soon");
        UUID staying = data.client(coach, "Staying On");
        TestData.signIn(coach);
        UUID erasedRequest = requestWithNote(leaving, "Leaving was nervous about the salary question");
        UUID keptRequest = requestWithNote(staying, "Staying did well");

        clients.erase(leaving);

        assertThat(sql.fetchCount(REQUEST_NOTE, REQUEST_NOTE.REQUEST_ID.eq(erasedRequest))).isZero();
        assertThat(sql.fetchValue(FEEDBACK_REQUEST.INTERVIEWER_NAME, FEEDBACK_REQUEST.ID.eq(erasedRequest))).isNull();
        assertThat(sql.fetchValue(FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.ID.eq(erasedRequest)))
                .as("the request itself stays, for the practice's counts").isEqualTo("Initech");
        assertThat(sql.fetchCount(REQUEST_NOTE, REQUEST_NOTE.REQUEST_ID.eq(keptRequest))).isEqualTo(1);
        assertThat(sql.fetchCount(NOTE_TAG, NOTE_TAG.NOTE_ID.in(sql.select(REQUEST_NOTE.ID).from(REQUEST_NOTE)
                .where(REQUEST_NOTE.REQUEST_ID.eq(keptRequest))))).isEqualTo(2);
        assertThat(sql.fetchValue(FEEDBACK_REQUEST.INTERVIEWER_NAME, FEEDBACK_REQUEST.ID.eq(keptRequest)))
                .isEqualTo("Dana Reyes");
    }

    private UUID requestWithNote(UUID client, String note) {
        UUID request = UUID.randomUUID();
        timelines.logRejection(client, request, new RejectionDraft("Initech", "Analyst", "Dana Reyes", Channel.EMAIL,
                Instant.parse("2026-01-10T09:00:00Z")));
        timelines.addNote(request, UUID.randomUUID(), new NoteDraft(note, List.of("preparation"), List.of("salary talk")));
        return request;
    }
}
