package app.debrief.requests;

import static app.debrief.db.jooq.Tables.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientStatus;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The dashboard's lists and themes, for a coach (their clients) and the owner (the practice). */
@IntegrationTest
class RequestDashboardServiceIT {

    @Autowired
    RequestDashboardService dashboard;

    @Autowired
    RequestTimelineService timelines;

    @Autowired
    RequestService requestService;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private UUID practice;
    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private UUID client;
    private UUID archived;
    private UUID colleaguesClient;
    private TestRequests requests;
    private Instant now;

    @BeforeEach
    void aPracticeWithRequestsInEveryState() {
        var data = new TestData(sql);
        practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        CoachPrincipal colleague = data.coach(practice, Role.COACH);
        client = data.client(coach, "Ada Park");
        archived = data.client(coach, "Archived Client");
        sql.update(CLIENT).set(CLIENT.STATUS, ClientStatus.ARCHIVED).where(CLIENT.ID.eq(archived)).execute();
        colleaguesClient = data.client(colleague, "Ben Osei");
        requests = new TestRequests(requestService);
        now = clock.instant();
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void rejections_with_nothing_sent_after_twenty_hours_need_attention_newest_first() {
        UUID late = requests.request(practice, client, "Late Ltd", now.minus(Duration.ofHours(21)));
        UUID drafted = requests.request(practice, client, "Drafted Ltd", now.minus(Duration.ofHours(30)));
        requests.event(practice, client, drafted, EventType.DRAFTED, now.minus(Duration.ofHours(2)));
        requests.request(practice, client, "Fresh Ltd", now.minus(Duration.ofHours(19)));
        requests.request(practice, client, "Stale Ltd", now.minus(Duration.ofDays(31)));
        requests.sent(practice, client, "Sent Ltd", now.minus(Duration.ofHours(26)), now.minus(Duration.ofHours(25)));
        requests.request(practice, archived, "Archived Ltd", now.minus(Duration.ofHours(22)));
        UUID colleagues = requests.request(practice, colleaguesClient, "Colleague Ltd", now.minus(Duration.ofHours(23)));

        TestData.signIn(coach);
        var attention = dashboard.attention();
        assertThat(attention.late()).extracting(LateRejection::requestId).containsExactly(late, drafted);
        assertThat(attention.lateTotal()).isEqualTo(2);
        assertThat(attention.late().getFirst().clientName()).isEqualTo("Ada Park");
        assertThat(attention.late().getFirst().rejectionAt()).isEqualTo(now.minus(Duration.ofHours(21)));

        TestData.signIn(owner);
        assertThat(dashboard.attention().late()).extracting(LateRejection::requestId)
                .containsExactly(late, colleagues, drafted);
    }

    @Test
    void requests_sent_and_not_answered_wait_longest_first_with_their_timeout() {
        UUID older = requests.sent(practice, client, "Older", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(4)));
        UUID newer = requests.sent(practice, client, "Newer", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        UUID answered = requests.sent(practice, client, "Answered", now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)));
        requests.event(practice, client, answered, EventType.REPLIED_FEEDBACK, now);
        UUID followUp = requests.request(practice, client, "Older", now.minus(Duration.ofDays(5)), older);
        requests.event(practice, client, followUp, EventType.SENT, now.minus(Duration.ofHours(3)));

        TestData.signIn(coach);
        var waiting = dashboard.attention().waiting();

        assertThat(waiting).extracting(WaitingRequest::requestId).containsExactly(older, newer, followUp);
        assertThat(waiting.getFirst().noReplyAt()).isEqualTo(now.minus(Duration.ofDays(4)).plus(Duration.ofDays(10)));
        assertThat(waiting).extracting(WaitingRequest::followUp).containsExactly(false, false, true);
    }

    @Test
    void the_owner_waits_on_the_whole_practice_and_a_coach_on_their_own_active_clients() {
        UUID colleagues = requests.sent(practice, colleaguesClient, "Colleague's", now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(8)));
        UUID own = requests.sent(practice, client, "Own", now.minus(Duration.ofDays(7)), now.minus(Duration.ofDays(6)));
        UUID ofArchived = requests.sent(practice, archived, "Archived's", now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(9)));
        UUID later = requests.sent(practice, client, "Later", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)));
        var elsewhere = new TestData(sql);
        UUID otherPractice = elsewhere.practice();
        UUID stranger = elsewhere.client(elsewhere.coach(otherPractice, Role.COACH), "Elsewhere");
        requests.sent(otherPractice, stranger, "Elsewhere", now.minus(Duration.ofDays(20)),
                now.minus(Duration.ofDays(19)));

        TestData.signIn(owner);
        var practiceWide = dashboard.attention();
        assertThat(practiceWide.waiting()).extracting(WaitingRequest::requestId)
                .containsExactly(colleagues, own, later).doesNotContain(ofArchived);
        assertThat(practiceWide.waiting()).extracting(WaitingRequest::company).containsExactly("Colleague's", "Own",
                "Later");
        assertThat(practiceWide.waitingTotal()).isEqualTo(3);

        TestData.signIn(coach);
        var ownClients = dashboard.attention();
        assertThat(ownClients.waiting()).extracting(WaitingRequest::requestId).containsExactly(own, later);
        assertThat(ownClients.waiting()).extracting(WaitingRequest::clientName).containsOnly("Ada Park");
        assertThat(ownClients.waitingTotal()).isEqualTo(2);

        // beyond a page the totals are counted, still each within its own scope
        for (int i = 0; i < RequestDashboardService.LIST_LIMIT; i++) {
            requests.sent(practice, client, "Busy " + i, now.minus(Duration.ofDays(2)),
                    now.minus(Duration.ofHours(30 - i % 24)));
        }
        TestData.signIn(owner);
        assertThat(dashboard.attention().waitingTotal()).isEqualTo(53);
        TestData.signIn(coach);
        var busy = dashboard.attention();
        assertThat(busy.waiting()).hasSize(RequestDashboardService.LIST_LIMIT).first()
                .extracting(WaitingRequest::requestId).isEqualTo(own);
        assertThat(busy.waitingTotal()).isEqualTo(52);
    }

    @Test
    void the_coach_sees_the_themes_of_their_clients_and_the_owner_those_of_the_practice() {
        UUID first = requests.sent(practice, client, "A", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(4)));
        UUID second = requests.sent(practice, client, "B", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(4)));
        UUID colleagues = requests.sent(practice, colleaguesClient, "C", now.minus(Duration.ofDays(5)),
                now.minus(Duration.ofDays(4)));
        TestData.signIn(coach);
        timelines.addNote(first, UUID.randomUUID(), new NoteDraft("one", List.of("Communication", "preparation"),
                List.of("technical depth")));
        timelines.addNote(second, UUID.randomUUID(), new NoteDraft("two", List.of("communication"), List.of()));
        TestData.signIn(owner);
        timelines.addNote(colleagues, UUID.randomUUID(), new NoteDraft("three", List.of("teamwork", "communication"),
                List.of("technical depth")));

        TestData.signIn(coach);
        var coachThemes = dashboard.tagThemes();
        assertThat(coachThemes.ownClients().strengths()).containsExactly(new TagCount("communication", 2),
                new TagCount("preparation", 1));
        assertThat(coachThemes.ownClients().toImprove()).containsExactly(new TagCount("technical depth", 1));
        assertThat(coachThemes.practice()).as("a coach sees their own clients only").isNull();

        TestData.signIn(owner);
        var ownerThemes = dashboard.tagThemes();
        assertThat(ownerThemes.ownClients().isEmpty()).isTrue();
        assertThat(ownerThemes.practice()).isNotNull();
        assertThat(ownerThemes.practice().strengths()).containsExactly(new TagCount("communication", 3),
                new TagCount("preparation", 1), new TagCount("teamwork", 1));
        assertThat(ownerThemes.practice().toImprove()).containsExactly(new TagCount("technical depth", 2));
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        assertThatThrownBy(() -> dashboard.attention()).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> dashboard.tagThemes()).isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @CrossPracticeProbe(methods = {"RequestDashboardService#attention", "RequestDashboardService#tagThemes"})
    void the_owner_of_another_practice_sees_none_of_this_practices_requests_or_themes() {
        requests.request(practice, client, "Late Ltd", now.minus(Duration.ofHours(21)));
        UUID sent = requests.sent(practice, client, "Waiting", now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)));
        TestData.signIn(coach);
        timelines.addNote(sent, UUID.randomUUID(), new NoteDraft("x", List.of("communication"), List.of("conciseness")));
        var data = new TestData(sql);
        TestData.signIn(data.coach(data.practice(), Role.OWNER));

        var attention = dashboard.attention();
        assertThat(attention.late()).isEmpty();
        assertThat(attention.waiting()).isEmpty();
        assertThat(attention.lateTotal() + attention.waitingTotal()).isZero();
        var themes = dashboard.tagThemes();
        assertThat(themes.ownClients().isEmpty()).isTrue();
        assertThat(themes.practice()).isNotNull();
        assertThat(themes.practice().isEmpty()).isTrue();
    }
}
