package app.debrief.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.reports.ReportRefresher;
import app.debrief.requests.NoteDraft;
import app.debrief.requests.RequestService;
import app.debrief.requests.RequestTimelineService;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The landing page without a browser: what needs attention and the feedback themes, per role. */
@IntegrationTest
class DashboardViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    RequestService requestService;

    @Autowired
    RequestTimelineService timelines;

    @Autowired
    Clock clock;

    @Autowired
    ReportRefresher reportRefresher;

    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private UUID practice;
    private List<Instant> coachsRejections;
    private List<Instant> practiceRejections;

    @BeforeEach
    void aPracticeWithALateRejectionAWaitingRequestAndNotes() {
        var data = new TestData(sql);
        practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        CoachPrincipal colleague = data.coach(practice, Role.COACH);
        UUID client = data.client(coach, "Katherine Johnson");
        UUID colleaguesClient = data.client(colleague, "Dorothy Vaughan");
        var requests = new TestRequests(requestService);
        Instant now = clock.instant();
        requests.request(practice, client, "Late Corp", now.minus(Duration.ofHours(21)));
        UUID waiting = requests.sent(practice, client, "Waiting Inc", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)));
        requests.request(practice, colleaguesClient, "Colleague Corp", now.minus(Duration.ofHours(22)));
        UUID colleagues = requests.sent(practice, colleaguesClient, "Other", now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(2)));
        TestData.signIn(coach);
        timelines.addNote(waiting, UUID.randomUUID(), new NoteDraft("Good call", List.of("preparation"),
                List.of("salary expectations")));
        TestData.signIn(owner);
        timelines.addNote(colleagues, UUID.randomUUID(), new NoteDraft("Fine", List.of("teamwork"), List.of()));
        TestData.signOut();
        coachsRejections = List.of(now.minus(Duration.ofHours(21)), now.minus(Duration.ofDays(3)));
        practiceRejections = List.of(now.minus(Duration.ofHours(21)), now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofHours(22)), now.minus(Duration.ofDays(3)));
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void a_coach_sees_their_own_clients_needing_attention_and_their_themes() {
        BrowserlessPortal.start(context, coach);
        UI.getCurrent().navigate("");

        assertThat(text()).contains("Katherine Johnson").contains("Late Corp").contains("logged 21 h ago 3 h left")
                .contains("Waiting Inc").contains("sent 2 days ago").contains("no-reply in 8 days")
                .contains("preparation").contains("salary expectations")
                .doesNotContain("Dorothy Vaughan").doesNotContain("teamwork").doesNotContain("The practice");
    }

    @Test
    void the_owner_sees_the_whole_practice_with_each_clients_coach() {
        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate("");

        assertThat(text()).contains("Katherine Johnson").contains("Dorothy Vaughan")
                .contains("Coach: " + coach.displayName()).contains("The practice").contains("teamwork")
                .contains("preparation");
    }

    @Test
    @CrossPracticeProbe(routes = {""})
    void a_coach_of_another_practice_sees_none_of_it_and_is_told_what_to_do() {
        var data = new TestData(sql);
        BrowserlessPortal.start(context, data.coach(data.practice(), Role.OWNER));
        UI.getCurrent().navigate("");

        assertThat(text()).doesNotContain("Katherine Johnson").doesNotContain("Late Corp")
                .doesNotContain("preparation").contains("Nothing waiting")
                .contains("No request is waiting for an answer").contains("No tagged feedback yet.");
    }

    @Test
    void key_figures_count_this_and_last_months_rejections_in_the_viewers_scope() {
        reportRefresher.refresh(practice);
        YearMonth thisMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC));

        BrowserlessPortal.start(context, coach);
        UI.getCurrent().navigate("");
        assertThat(figure(0)).isEqualTo(String.valueOf(inMonth(coachsRejections, thisMonth)));
        assertThat(detail(0)).endsWith(": " + inMonth(coachsRejections, thisMonth.minusMonths(1)));
        BrowserlessPortal.stop();

        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate("");
        assertThat(figure(0)).as("the owner counts every coach's clients")
                .isEqualTo(String.valueOf(inMonth(practiceRejections, thisMonth)));
        assertThat(detail(0)).endsWith(": " + inMonth(practiceRejections, thisMonth.minusMonths(1)));
    }

    private static long inMonth(List<Instant> rejections, YearMonth month) {
        return rejections.stream().filter(at -> YearMonth.from(at.atZone(ZoneOffset.UTC)).equals(month)).count();
    }

    private static String figure(int index) {
        return _find(Div.class, spec -> spec.withClasses("debrief-report-figure")).get(index).getText();
    }

    private static String detail(int index) {
        return _find(Div.class, spec -> spec.withClasses("debrief-small")).get(index).getText();
    }

    private static String text() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }
}
