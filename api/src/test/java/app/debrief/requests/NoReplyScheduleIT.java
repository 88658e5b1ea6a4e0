package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

/** With the schedule on (as in production), the job runs by itself at the configured interval. */
@IntegrationTest(properties = {"debrief.no-reply.schedule=true", "debrief.no-reply.interval=PT0.2S",
        "debrief.no-reply.initial-delay=PT0S"})
@DirtiesContext
class NoReplyScheduleIT {

    @Autowired
    RequestService requestService;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    @Test
    void the_scheduled_job_times_a_request_out_without_anyone_calling_it() throws InterruptedException {
        var data = new TestData(sql);
        UUID practice = data.practice();
        CoachPrincipal coach = data.coach(practice, Role.COACH);
        UUID client = data.client(coach, "Scheduled");
        var now = clock.instant();
        UUID request = new TestRequests(requestService).sent(practice, client, "Acme Ltd",
                now.minus(Duration.ofDays(12)), now.minus(Duration.ofDays(11)));

        RequestState state = RequestState.SENT;
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (state == RequestState.SENT && System.nanoTime() < deadline) {
            Thread.sleep(100);
            state = sql.select(FEEDBACK_REQUEST.STATE).from(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.ID.eq(request))
                    .fetchSingle(FEEDBACK_REQUEST.STATE);
        }
        assertThat(state).isEqualTo(RequestState.NO_REPLY);
    }
}
