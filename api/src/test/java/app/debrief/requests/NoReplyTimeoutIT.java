package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The no-reply timeout job on the real database: its boundary, two nodes at once, and replies after it. */
@IntegrationTest
class NoReplyTimeoutIT {

    @Autowired
    NoReplyTimeout timeout;

    @Autowired
    RequestService requestService;

    @Autowired
    RequestTimelineService timelines;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private Instant realNow;
    private Instant now;
    private UUID practice;
    private UUID client;
    private CoachPrincipal coach;
    private TestRequests requests;

    @BeforeEach
    void aPracticeWaitingThreeDays() {
        realNow = clock.instant();
        now = Instant.parse("2026-06-15T12:00:00Z");
        clock.set(now);
        var data = new TestData(sql);
        practice = data.practice();
        sql.update(PRACTICE).set(PRACTICE.NO_REPLY_DAYS, 3).where(PRACTICE.ID.eq(practice)).execute();
        coach = data.coach(practice, Role.COACH);
        client = data.client(coach, "Noor Haddad");
        requests = new TestRequests(requestService);
    }

    @AfterEach
    void restoreTheClock() {
        clock.set(realNow);
        TestData.signOut();
    }

    @Test
    void a_request_times_out_once_its_practices_no_reply_days_have_passed_since_the_send_and_not_before() {
        Instant sentAt = Instant.parse("2026-06-10T09:30:00Z");
        UUID request = requests.sent(practice, client, "Acme Ltd", sentAt.minus(Duration.ofHours(3)), sentAt);
        UUID patientPractice = new TestData(sql).practice();
        CoachPrincipal otherCoach = new TestData(sql).coach(patientPractice, Role.COACH);
        UUID otherClient = new TestData(sql).client(otherCoach, "Ten Days");
        UUID tenDays = requests.sent(patientPractice, otherClient, "Initech", sentAt.minus(Duration.ofHours(3)), sentAt);
        Instant due = sentAt.plus(Duration.ofDays(3));

        clock.set(due.minus(1, ChronoUnit.MICROS));
        timeout.run();
        assertThat(state(request)).isEqualTo(RequestState.SENT);
        assertThat(noReplyEvents(request)).isZero();

        clock.set(due.plus(Duration.ofMinutes(7)));
        timeout.run();

        assertThat(state(request)).isEqualTo(RequestState.NO_REPLY);
        var event = sql.selectFrom(REQUEST_EVENT)
                .where(REQUEST_EVENT.REQUEST_ID.eq(request), REQUEST_EVENT.TYPE.eq(EventType.NO_REPLY)).fetchSingle();
        assertThat(event.getId()).as("the deterministic id Java computes too").isEqualTo(NoReplyRepository.eventId(request));
        assertThat(event.getSource()).isEqualTo(EventSource.SYSTEM);
        assertThat(event.getOccurredAt()).as("dated when the wait ran out").isEqualTo(due);
        assertThat(event.getReceivedAt()).isEqualTo(clock.instant());
        assertThat(updatedAt(request)).as("state changes move updated_at").isEqualTo(clock.instant());
        assertThat(state(tenDays)).as("another practice waits its own ten days").isEqualTo(RequestState.SENT);
    }

    @Test
    void requests_not_sent_or_already_answered_are_left_alone() {
        Instant longAgo = now.minus(Duration.ofDays(40));
        UUID drafted = requests.request(practice, client, "Globex", longAgo);
        requests.event(practice, client, drafted, EventType.DRAFTED, longAgo.plusSeconds(60));
        UUID answered = requests.sent(practice, client, "Umbrella", longAgo, longAgo.plusSeconds(600));
        requests.event(practice, client, answered, EventType.REPLIED_DECLINED, longAgo.plus(Duration.ofDays(1)));
        Instant answeredUpdatedAt = updatedAt(answered);

        clock.advance(Duration.ofMinutes(1));
        timeout.run();

        assertThat(state(drafted)).isEqualTo(RequestState.DRAFTED);
        assertThat(state(answered)).isEqualTo(RequestState.REPLIED_DECLINED);
        assertThat(noReplyEvents(drafted) + noReplyEvents(answered)).isZero();
        assertThat(updatedAt(answered)).isEqualTo(answeredUpdatedAt);
    }

    /** Two nodes, two transactions, the same moment, three rounds: one NO_REPLY per request, every time. */
    @Test
    void two_runs_at_once_record_exactly_one_timeout_per_request() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                var sent = new ArrayList<UUID>();
                for (int i = 0; i < 30; i++) {
                    Instant sentAt = now.minus(Duration.ofDays(4)).plusSeconds(i);
                    sent.add(requests.sent(practice, client, "Company " + round + "-" + i, sentAt.minusSeconds(3600),
                            sentAt));
                }
                var barrier = new CyclicBarrier(2);
                List<Future<Integer>> runs = List.of(
                        nodes.submit(() -> { barrier.await(); return timeout.run(); }),
                        nodes.submit(() -> { barrier.await(); return timeout.run(); }));
                int moved = runs.get(0).get() + runs.get(1).get();

                assertThat(moved).as("round %d: each request moved by one of the runs", round).isGreaterThanOrEqualTo(30);
                for (UUID request : sent) {
                    assertThat(noReplyEvents(request)).as("round %d, request %s", round, request).isEqualTo(1);
                    assertThat(state(request)).isEqualTo(RequestState.NO_REPLY);
                }
            }
        } finally {
            nodes.shutdownNow();
        }
    }

    @Test
    void a_reply_recorded_after_the_timeout_replaces_it_and_the_next_run_leaves_it() {
        UUID byExtension = requests.sent(practice, client, "Acme Ltd", now.minus(Duration.ofDays(6)),
                now.minus(Duration.ofDays(5)));
        UUID byCoach = requests.sent(practice, client, "Initech", now.minus(Duration.ofDays(6)),
                now.minus(Duration.ofDays(5)));
        timeout.run();
        assertThat(state(byExtension)).isEqualTo(RequestState.NO_REPLY);

        clock.advance(Duration.ofHours(2));
        assertThat(requests.event(practice, client, byExtension, EventType.REPLIED_FEEDBACK, clock.instant()))
                .isEqualTo(RequestState.REPLIED_FEEDBACK);
        TestData.signIn(coach);
        assertThat(timelines.logOutcome(byCoach, UUID.randomUUID(), ReportedOutcome.DECLINED, clock.instant()))
                .isEqualTo(RequestState.REPLIED_DECLINED);
        clock.advance(Duration.ofHours(1));
        timeout.run();

        assertThat(state(byExtension)).isEqualTo(RequestState.REPLIED_FEEDBACK);
        assertThat(state(byCoach)).isEqualTo(RequestState.REPLIED_DECLINED);
        assertThat(noReplyEvents(byExtension)).isEqualTo(1);
        assertThat(updatedAt(byExtension)).isEqualTo(now.plus(Duration.ofHours(2)));
    }

    @Test
    void a_reply_to_the_follow_up_resolves_the_timed_out_parent() {
        UUID parent = requests.sent(practice, client, "Acme Ltd", now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(8)));
        timeout.run();
        assertThat(state(parent)).isEqualTo(RequestState.NO_REPLY);
        UUID followUp = requests.request(practice, client, "Acme Ltd", now.minus(Duration.ofDays(9)), parent);
        requests.event(practice, client, followUp, EventType.SENT, now.minus(Duration.ofDays(1)));

        clock.advance(Duration.ofHours(1));
        requests.event(practice, client, followUp, EventType.REPLIED_FEEDBACK, clock.instant());

        assertThat(state(followUp)).isEqualTo(RequestState.REPLIED_FEEDBACK);
        assertThat(state(parent)).isEqualTo(RequestState.REPLIED_FEEDBACK);
        assertThat(updatedAt(parent)).isEqualTo(clock.instant());
    }

    @Test
    void a_deadlock_is_recognised_in_the_cause_chain() {
        var deadlock = new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213);
        assertThat(NoReplyTimeout.isDeadlock(new org.springframework.dao.CannotAcquireLockException("x", deadlock))).isTrue();
        assertThat(NoReplyTimeout.isDeadlock(new RuntimeException(new java.sql.SQLException("other", "23000", 1062))))
                .isFalse();
    }

    private RequestState state(UUID request) {
        return sql.select(FEEDBACK_REQUEST.STATE).from(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.ID.eq(request))
                .fetchSingle(FEEDBACK_REQUEST.STATE);
    }

    private Instant updatedAt(UUID request) {
        return sql.select(FEEDBACK_REQUEST.UPDATED_AT).from(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.ID.eq(request))
                .fetchSingle(FEEDBACK_REQUEST.UPDATED_AT);
    }

    private int noReplyEvents(UUID request) {
        return sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(request),
                REQUEST_EVENT.TYPE.eq(EventType.NO_REPLY));
    }
}
