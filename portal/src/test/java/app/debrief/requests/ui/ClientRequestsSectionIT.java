package app.debrief.requests.ui;

import static app.debrief.db.jooq.Tables.PRACTICE;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.requests.ClientRequestRow;
import app.debrief.requests.RequestService;
import app.debrief.requests.RequestState;
import app.debrief.requests.RequestTimelineService;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestRequests;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The client's requests section on its own (as the client's page embeds it) and on its own page. */
@IntegrationTest
class ClientRequestsSectionIT {

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

    private CoachPrincipal coach;
    private UUID practice;
    private UUID client;

    @BeforeEach
    void aCoachInAParisPractice() {
        var data = new TestData(sql);
        practice = data.practice();
        sql.update(PRACTICE).set(PRACTICE.TIME_ZONE, "Europe/Paris").where(PRACTICE.ID.eq(practice)).execute();
        coach = data.coach(practice, Role.COACH);
        client = data.client(coach, "Margaret Hamilton");
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void an_empty_section_says_what_to_do_and_logs_a_rejection_in_the_practices_time_zone() {
        var section = new ClientRequestsSection(client, timelines, clock);
        UI.getCurrent().add(section);
        assertThat(grid(section).getEmptyStateComponent().getElement().getTextRecursively())
                .contains("No feedback requests yet.").contains("log it yourself");

        _click(_get(grid(section).getEmptyStateComponent(), Button.class, spec -> spec.withText("Log a rejection")));
        var dialog = _get(LogRejectionDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Company")), "Umbrella Biotech");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Role")), "Lab manager");
        var arrived = _get(dialog, DateTimePicker.class);
        assertThat(arrived.getHelperText()).contains("Europe/Paris");
        LocalDateTime paris = LocalDateTime.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Paris"))
                .minusHours(3).withSecond(0).withNano(0);
        _setValue(arrived, paris);
        _click(_get(dialog, Button.class, spec -> spec.withText("Log rejection")));

        NotificationsKt.expectNotifications("Rejection from Umbrella Biotech logged: the 24-hour clock is running.");
        assertThat(GridKt._size(grid(section))).isEqualTo(1);
        ClientRequestRow row = GridKt._get(grid(section), 0);
        assertThat(row.company()).isEqualTo("Umbrella Biotech");
        assertThat(row.state()).isEqualTo(RequestState.REJECTION_LOGGED);
        assertThat(row.rejectionAt()).isEqualTo(paris.atZone(java.time.ZoneId.of("Europe/Paris")).toInstant());
    }

    @Test
    void a_rejection_without_a_company_is_refused_at_the_field() {
        var section = new ClientRequestsSection(client, timelines, clock);
        UI.getCurrent().add(section);
        _click(com.github.mvysny.kaributesting.v10.LocatorJ._find(section, Button.class,
                spec -> spec.withText("Log a rejection")).getFirst());
        var dialog = _get(LogRejectionDialog.class);
        _click(_get(dialog, Button.class, spec -> spec.withText("Log rejection")));

        var company = _get(dialog, TextField.class, spec -> spec.withLabel("Company"));
        assertThat(company.isInvalid()).isTrue();
        assertThat(company.getErrorMessage()).isEqualTo("Say which employer rejected the client.");
    }

    @Test
    void rows_show_state_times_and_a_late_send_and_open_the_request() {
        Instant rejected = clock.instant().minus(Duration.ofDays(4));
        UUID late = new TestRequests(requestService).sent(practice, client, "Late Corp", rejected,
                rejected.plus(Duration.ofHours(30)));
        var section = new ClientRequestsSection(client, timelines, clock);
        UI.getCurrent().add(section);

        assertThat(GridKt._get(grid(section), 0).company()).isEqualTo("Late Corp");
        assertThat(GridKt._getCellComponent(grid(section), 0, "company").getElement().getTextRecursively())
                .isEqualTo("Late CorpAnalyst");
        assertThat(GridKt._getCellComponent(grid(section), 0, "timeToSend").getElement().getTextRecursively())
                .isEqualTo("30 hover 24 h");

        GridKt._clickItem(grid(section), 0);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("requests/" + late);
    }

    @Test
    @CrossPracticeProbe(routes = {"clients/:clientId/requests"})
    void another_practices_client_is_not_shown_on_the_page_or_in_the_section() {
        var data = new TestData(sql);
        CoachPrincipal stranger = data.coach(data.practice(), Role.OWNER);
        UUID foreign = data.client(stranger, "Foreign Client");
        new TestRequests(requestService).request(stranger.practiceId(), foreign, "Secret Corp", clock.instant());

        UI.getCurrent().navigate("clients/" + foreign + "/requests");
        assertThat(_get(H1.class).getText()).isEqualTo("This client does not exist or is not yours to see");
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).doesNotContain("Secret Corp")
                .doesNotContain("Foreign Client");

        var section = new ClientRequestsSection(foreign, timelines, clock);
        assertThat(section.getElement().getTextRecursively())
                .isEqualTo("This client does not exist or is not yours to see.");
    }

    @Test
    void the_page_shows_the_clients_name_and_their_requests() {
        new TestRequests(requestService).request(practice, client, "Globex", clock.instant().minus(Duration.ofHours(2)));

        UI.getCurrent().navigate("clients/" + client + "/requests");

        assertThat(_get(H1.class).getText()).isEqualTo("Margaret Hamilton");
        assertThat(GridKt._size(_get(Grid.class))).isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientRequestRow> grid(ClientRequestsSection section) {
        return _get(section, Grid.class);
    }
}
