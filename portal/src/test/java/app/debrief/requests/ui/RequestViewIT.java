package app.debrief.requests.ui;

import static app.debrief.db.jooq.Tables.PRACTICE;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.requests.EventType;
import app.debrief.requests.ReportedOutcome;
import app.debrief.requests.RequestService;
import app.debrief.requests.RequestState;
import app.debrief.requests.RequestTimelineService;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A request's page without a browser (Karibu-Testing), on the real services and database. */
@IntegrationTest
class RequestViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    RequestService requestService;

    @Autowired
    RequestTimelineService timelines;

    @Autowired
    MutableClock clock;

    private CoachPrincipal coach;
    private UUID practice;
    private UUID client;
    private UUID request;
    private Instant rejected;

    @BeforeEach
    void aSentRequestInALondonPractice() {
        var data = new TestData(sql);
        practice = data.practice();
        sql.update(PRACTICE).set(PRACTICE.TIME_ZONE, "Europe/London").where(PRACTICE.ID.eq(practice)).execute();
        coach = data.coach(practice, Role.COACH);
        client = data.client(coach, "Grace Hopper");
        rejected = Instant.parse("2026-07-06T08:00:00Z");
        request = new TestRequests(requestService).sent(practice, client, "Initech", rejected,
                rejected.plus(Duration.ofHours(5)));
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_timeline_shows_each_step_in_the_practices_time_zone_with_its_source_and_the_time_to_send() {
        UI.getCurrent().navigate("requests/" + request);

        assertThat(_get(H1.class).getText()).isEqualTo("Initech · Analyst");
        var steps = _find(ListItem.class, spec -> spec.withClasses("debrief-timeline-item"));
        assertThat(steps).extracting(item -> item.getElement().getTextRecursively()).containsExactly(
                "Rejection loggedMon 6 Jul 2026, 09:00 BST · Extension · job seeker",
                "Draft inserted in the webmailMon 6 Jul 2026, 13:59 BST · Extension · job seeker",
                "SentMon 6 Jul 2026, 14:00 BST · Extension · job seeker");
        String facts = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("debrief-facts"))
                .getElement().getTextRecursively();
        assertThat(facts).contains("Time to send5 h").contains("within 24 h").contains("TemplateNone yet");
        assertThat(text()).contains("No notes yet.");
    }

    @Test
    void the_coach_logs_an_outcome_reported_by_phone_and_writes_a_tagged_note() {
        UI.getCurrent().navigate("requests/" + request);

        _click(_get(Button.class, spec -> spec.withText("Log an outcome")));
        var dialog = _get(LogOutcomeDialog.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReportedOutcome> outcome = _get(dialog, RadioButtonGroup.class);
        _setValue(outcome, ReportedOutcome.FEEDBACK);
        _click(_get(dialog, Button.class, spec -> spec.withText("Save outcome")));

        NotificationsKt.expectNotifications("Outcome saved: the request is now \"Feedback received\".");
        assertThat(text()).contains("Reply: feedback given").contains("Portal · " + coach.displayName());

        _click(_get(Button.class, spec -> spec.withText("Add a note")));
        var noteDialog = _get(NoteDialog.class);
        _setValue(_get(noteDialog, TextArea.class), "Clear answers; wanted more system design depth.");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> strengths = _get(noteDialog, MultiSelectComboBox.class,
                spec -> spec.withLabel("Strengths"));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> toImprove = _get(noteDialog, MultiSelectComboBox.class,
                spec -> spec.withLabel("To improve"));
        _setValue(strengths, Set.of("communication"));
        _setValue(toImprove, Set.of("technical depth"));
        _click(_get(noteDialog, Button.class, spec -> spec.withText("Save note")));

        NotificationsKt.expectNotifications("Note saved.");
        assertThat(text()).contains("Clear answers; wanted more system design depth.").contains("communication")
                .contains("technical depth").doesNotContain("No notes yet.");
        TestData.signIn(coach);
        assertThat(timelines.request(request).state()).isEqualTo(RequestState.REPLIED_FEEDBACK);
    }

    @Test
    void a_note_without_words_is_refused_at_the_field() {
        UI.getCurrent().navigate("requests/" + request);
        _click(_get(Button.class, spec -> spec.withText("Add a note")));
        var noteDialog = _get(NoteDialog.class);
        _click(_get(noteDialog, Button.class, spec -> spec.withText("Save note")));

        var body = _get(noteDialog, TextArea.class);
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("write down what the employer said.");
    }

    @Test
    void a_follow_up_links_to_its_parent_and_the_parent_to_it() {
        var requests = new TestRequests(requestService);
        UUID followUp = requests.request(practice, client, "Initech", rejected, request);
        requests.event(practice, client, followUp, EventType.SENT, rejected.plus(Duration.ofDays(7)));

        UI.getCurrent().navigate("requests/" + request);
        assertThat(text()).contains("Follow-upInitech · Sent, waiting").contains("Follow-up · Sent");

        UI.getCurrent().navigate("requests/" + followUp);
        assertThat(text()).contains("Follow-up ofInitech · Sent, waiting");
    }

    @Test
    void a_coach_opening_a_colleagues_clients_request_finds_nothing() {
        var data = new TestData(sql);
        CoachPrincipal colleague = data.coach(practice, Role.COACH);
        UUID theirs = new TestRequests(requestService).request(practice, data.client(colleague, "Theirs"), "Hooli",
                rejected);

        UI.getCurrent().navigate("requests/" + theirs);

        assertThat(_get(H1.class).getText()).isEqualTo("This request does not exist or is not yours to see");
        assertThat(text()).doesNotContain("Hooli");
    }

    @Test
    @CrossPracticeProbe(routes = {"requests/:requestId"})
    void another_practices_request_is_not_shown() {
        var data = new TestData(sql);
        CoachPrincipal stranger = data.coach(data.practice(), Role.OWNER);
        UUID foreign = new TestRequests(requestService).request(stranger.practiceId(), data.client(stranger, "Foreign"),
                "Secret Corp", rejected);

        UI.getCurrent().navigate("requests/" + foreign);
        assertThat(_get(H1.class).getText()).isEqualTo("This request does not exist or is not yours to see");
        assertThat(text()).doesNotContain("Secret Corp").doesNotContain("Foreign");

        UI.getCurrent().navigate("requests/not-a-uuid");
        assertThat(_get(H1.class).getText()).isEqualTo("This request does not exist or is not yours to see");
    }

    private static String text() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }
}
