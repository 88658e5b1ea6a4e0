package app.debrief.reports.ui;

import static app.debrief.requests.EventType.NO_REPLY;
import static app.debrief.requests.EventType.REPLIED_DECLINED;
import static app.debrief.requests.EventType.REPLIED_FEEDBACK;
import static app.debrief.requests.EventType.SENT;
import static app.debrief.testsupport.ReportTestData.Event.at;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.reports.Breakdown;
import app.debrief.reports.ReportRefresher;
import app.debrief.reports.ReportRow;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.ReportTestData;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The reports view without a browser (Karibu-Testing), on the real services, summaries and database. */
@IntegrationTest
class ReportsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    ReportRefresher refresher;

    @Autowired
    MutableClock clock;

    private UUID practice;
    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private ReportTestData.Template warm;
    private ReportTestData.Template brief;

    @BeforeEach
    void aPracticeWithTwelveRequests() {
        var data = new TestData(sql);
        var reportData = new ReportTestData(sql);
        practice = data.practice();
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        UUID ann = data.client(coach, "Ann");
        UUID ola = data.client(owner, "Ola");
        UUID library = reportData.library(owner, "Core");
        warm = reportData.template(owner, library, "Warm <b>thanks</b>", 1);
        brief = reportData.template(owner, library, "Brief", 1);
        clock.set(Instant.parse("2026-05-20T12:00:00Z"));
        Instant rejection = Instant.parse("2026-04-02T09:00:00Z");
        // Warm: 10 resolved requests of Ann, 8 replied; Brief: 2 of Ola, 1 replied
        for (int i = 0; i < 10; i++) {
            reportData.request(practice, ann, warm.version(1), "gmail", rejection.plus(Duration.ofHours(i)),
                    clock.instant(), at(SENT, Duration.ofHours(2)),
                    i < 8 ? at(REPLIED_FEEDBACK, Duration.ofHours(30)) : at(NO_REPLY, Duration.ofDays(11)));
        }
        reportData.request(practice, ola, brief.version(1), "outlook", rejection, clock.instant(),
                at(SENT, Duration.ofHours(1)), at(REPLIED_DECLINED, Duration.ofHours(5)));
        reportData.request(practice, ola, brief.version(1), "outlook", rejection, clock.instant(),
                at(SENT, Duration.ofHours(1)), at(NO_REPLY, Duration.ofDays(11)));
        refresher.refresh(practice);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_owner_sees_rates_with_intervals_and_small_samples_greyed() {
        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate(ReportsView.class);

        var grid = _get(RatesGrid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        ReportRow brief = GridKt._get(grid, 0);
        ReportRow warm = GridKt._get(grid, 1);
        assertThat(brief.label()).isEqualTo("Brief");
        assertThat(warm.label()).isEqualTo("Warm <b>thanks</b>");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("Warm <b>thanks</b>", "10", "80% (49–94%)",
                "1–2 days");
        assertThat(grid.getPartNameGenerator().apply(brief)).isEqualTo(RatesGrid.SMALL_N);
        assertThat(grid.getPartNameGenerator().apply(warm)).isNull();
        assertThat(text()).contains("Response rate", "75% (47–91%)", "n = 12");
    }

    @Test
    void the_charts_get_the_template_names_as_data_not_markup() {
        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate(ReportsView.class);

        var charts = _find(EChart.class);
        assertThat(charts).hasSize(2);
        assertThat(charts.get(0).data()).contains("\"months\":[\"Apr 2026\"]", "\"response\":[75.0]");
        assertThat(charts.get(1).data()).contains("\"labels\":[\"Brief\",\"Warm <b>thanks</b>\"]",
                "\"rates\":[50.0,80.0]", "\"small\":[true,false]");
    }

    @Test
    void the_breakdown_selector_and_the_filters_change_the_table() {
        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate(ReportsView.class);
        var grid = _get(RatesGrid.class);

        _setValue(_get(Select.class, spec -> spec.withLabel("Break down by")), Breakdown.CLIENT);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        assertThat(GridKt._get(grid, 0).label()).isEqualTo("Ann");

        @SuppressWarnings("unchecked")
        ComboBox<app.debrief.reports.ReportOption> coachFilter = _get(ComboBox.class,
                spec -> spec.withLabel("Coach"));
        _setValue(coachFilter, coachFilter.getListDataView().getItems()
                .filter(option -> option.id().equals(owner.coachId())).findFirst().orElseThrow());
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).label()).isEqualTo("Ola");

        _setValue(_get(Select.class, spec -> spec.withLabel("Break down by")), Breakdown.WEBMAIL);
        assertThat(GridKt._get(grid, 0).label()).isEqualTo("Outlook");
    }

    @Test
    void months_without_requests_say_so_and_what_to_do_next() {
        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate(ReportsView.class);

        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> to = _get(ComboBox.class, spec -> spec.withLabel("To"));
        @SuppressWarnings("unchecked")
        ComboBox<YearMonth> from = _get(ComboBox.class, spec -> spec.withLabel("From"));
        _setValue(from, YearMonth.of(2026, 5));
        _setValue(to, YearMonth.of(2026, 5));

        assertThat(GridKt._size(_get(RatesGrid.class))).isZero();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "No feedback requests in these months yet. Reports fill in as clients log rejections with the "
                        + "Debrief extension, or try other months or filters."))).hasSize(1);
    }

    @Test
    void two_templates_are_compared() {
        BrowserlessPortal.start(context, owner);
        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("debrief-comparison")).getText())
                .startsWith("Brief: 50% (9–91%), n = 2. Warm <b>thanks</b>: 80% (49–94%), n = 10. Difference −30 "
                        + "points")
                .endsWith("Not significant: the interval includes no difference.");
    }

    @Test
    void a_coach_sees_their_own_clients_and_no_coach_filter() {
        BrowserlessPortal.start(context, coach);
        UI.getCurrent().navigate(ReportsView.class);

        assertThat(_find(ComboBox.class, spec -> spec.withLabel("Coach"))).isEmpty();
        var grid = _get(RatesGrid.class);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).label()).isEqualTo("Warm <b>thanks</b>");
        assertThat(text()).contains("80% (49–94%)").doesNotContain("75%");
    }

    @Test
    @CrossPracticeProbe(routes = {"reports"})
    void a_coach_of_another_practice_sees_none_of_these_numbers() {
        var data = new TestData(sql);
        var stranger = data.coach(data.practice(), Role.OWNER);
        BrowserlessPortal.start(context, stranger);
        UI.getCurrent().navigate(ReportsView.class);

        assertThat(GridKt._size(_get(RatesGrid.class))).isZero();
        assertThat(text()).contains("No feedback requests in these months yet").doesNotContain("Warm", "Brief",
                "Ann", "Ola", "80%", "75%");
        assertThat(_find(EChart.class).get(1).data()).contains("\"labels\":[]");
        @SuppressWarnings("unchecked")
        ComboBox<app.debrief.reports.ReportOption> coachFilter = _get(ComboBox.class,
                spec -> spec.withLabel("Coach"));
        assertThat(coachFilter.getListDataView().getItems()).extracting(app.debrief.reports.ReportOption::id)
                .containsExactly(stranger.coachId());
    }

    private static String text() {
        return _get(ReportsView.class).getElement().getTextRecursively();
    }
}
