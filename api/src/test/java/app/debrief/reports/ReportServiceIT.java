package app.debrief.reports;

import static app.debrief.requests.EventType.DRAFTED;
import static app.debrief.requests.EventType.NO_REPLY;
import static app.debrief.requests.EventType.REPLIED_DECLINED;
import static app.debrief.requests.EventType.REPLIED_FEEDBACK;
import static app.debrief.requests.EventType.SENT;
import static app.debrief.requests.EventType.WITHDRAWN;
import static app.debrief.testsupport.ReportTestData.Event.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.NotFoundException;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.ReportTestData;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every figure of the reports against a data set small enough to count by hand: ten requests of
 * three clients (two of one coach, one of the owner), two templates in two libraries, March and
 * April 2026 in the practice's time zone (Paris), so one rejection late on 31 March UTC is April's.
 */
@IntegrationTest
class ReportServiceIT {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final ReportFilter SPRING = ReportFilter.months(MARCH, APRIL);

    @Autowired
    ReportService reports;

    @Autowired
    ReportRefresher refresher;

    @Autowired
    MutableClock clock;

    @Autowired
    DSLContext sql;

    private UUID practice;
    private CoachPrincipal owner;
    private CoachPrincipal coach;
    private UUID core;
    private UUID phone;
    private ReportTestData.Template warm;
    private ReportTestData.Template call;

    @BeforeEach
    void tenRequests() {
        var data = new TestData(sql);
        var reportData = new ReportTestData(sql);
        practice = data.practice();
        reportData.timeZone(practice, "Europe/Paris");
        owner = data.coach(practice, Role.OWNER);
        coach = data.coach(practice, Role.COACH);
        UUID ann = data.client(coach, "Ann");
        UUID ben = data.client(coach, "Ben");
        UUID ola = data.client(owner, "Ola");
        core = reportData.library(owner, "Core");
        phone = reportData.library(owner, "Phone");
        warm = reportData.template(owner, core, "Warm thanks", 2);
        call = reportData.template(owner, phone, "Quick call", 1);
        Instant updated = clock.instant();
        // 1: sent after 2 h, feedback 3 h later
        request(reportData, ann, warm.version(1), "gmail", "2026-03-02T09:00:00Z", updated, at(SENT, h(2)),
                at(REPLIED_FEEDBACK, h(5)));
        // 2: sent after 30 h, declined 30 h later
        request(reportData, ann, warm.version(1), "gmail", "2026-03-05T09:00:00Z", updated, at(SENT, h(30)),
                at(REPLIED_DECLINED, h(60)));
        // 3: sent after 80 h, no reply
        request(reportData, ben, warm.version(2), "outlook", "2026-03-10T09:00:00Z", updated, at(SENT, h(80)),
                at(NO_REPLY, h(320)));
        // 4: sent after 1 h, timed out, then feedback 12 days after sending: the reply wins
        request(reportData, ben, warm.version(2), "outlook", "2026-03-12T09:00:00Z", updated, at(SENT, h(1)),
                at(NO_REPLY, h(241)), at(REPLIED_FEEDBACK, h(289)));
        // 5: a phone request, called after 5 h, no reply
        request(reportData, ola, call.version(1), null, "2026-03-15T09:00:00Z", updated, at(SENT, h(5)),
                at(NO_REPLY, h(245)));
        // 6: logged only, no template yet
        request(reportData, ann, null, null, "2026-03-20T09:00:00Z", updated);
        // 7: drafted only
        request(reportData, ben, warm.version(2), "gmail", "2026-04-02T09:00:00Z", updated, at(DRAFTED, h(1)));
        // 8: called after 10 h, feedback an hour and a half later
        request(reportData, ola, call.version(1), null, "2026-04-03T09:00:00Z", updated, at(SENT, h(10)),
                at(REPLIED_FEEDBACK, Duration.ofMinutes(690)));
        // 9: withdrawn
        request(reportData, ann, warm.version(1), "gmail", "2026-04-05T09:00:00Z", updated, at(DRAFTED, h(1)),
                at(WITHDRAWN, h(2)));
        // 10: 31 March 22:30 UTC is 1 April in Paris; sent after 2 h, declined 50 h later
        request(reportData, ann, warm.version(2), "gmail", "2026-03-31T22:30:00Z", updated, at(SENT, h(2)),
                at(REPLIED_DECLINED, h(52)));
        refresher.refresh(practice);
        clock.set(Instant.parse("2026-04-20T12:00:00Z"));
        TestData.signIn(owner);
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void the_total_counts_every_outcome_and_rates_only_resolved_requests() {
        Counts total = reports.total(SPRING).counts();

        assertThat(total.requests()).isEqualTo(10);
        assertThat(total.sent()).isEqualTo(7);
        assertThat(total.feedback()).isEqualTo(3);
        assertThat(total.declined()).isEqualTo(2);
        assertThat(total.noReply()).isEqualTo(2);
        assertThat(total.withdrawn()).isEqualTo(1);
        assertThat(total.open()).isEqualTo(2);
        assertThat(total.responseRate()).isEqualTo(new Rate(5, 7));
        assertThat(total.feedbackRate()).isEqualTo(new Rate(3, 7));
        // replies after 1.5 h, 3 h, 30 h, 50 h and 12 days: the middle one is in 1–2 days
        assertThat(total.medianReplyTime().label()).isEqualTo("1–2 days");
    }

    @Test
    void months_are_the_practices_calendar_months() {
        assertThat(reports.breakdown(Breakdown.MONTH, SPRING))
                .extracting(ReportRow::label, row -> row.counts().requests(), row -> row.counts().responseRate(),
                        row -> row.counts().feedbackRate(), row -> row.counts().open(),
                        row -> row.counts().medianReplyTime().label())
                .containsExactly(tuple("Mar 2026", 6, new Rate(3, 5), new Rate(2, 5), 1, "1–2 days"),
                        tuple("Apr 2026", 4, new Rate(2, 2), new Rate(1, 2), 1, "1–2 h"));
        assertThat(reports.total(ReportFilter.months(APRIL, APRIL)).counts().requests()).isEqualTo(4);
    }

    @Test
    void by_template_version_and_library() {
        assertThat(reports.breakdown(Breakdown.TEMPLATE, SPRING))
                .extracting(ReportRow::label, ReportRow::detail, row -> row.counts().requests(),
                        row -> row.counts().responseRate(), row -> row.counts().feedbackRate())
                .containsExactly(tuple("Quick call", "Phone", 2, new Rate(1, 2), new Rate(1, 2)),
                        tuple("Warm thanks", "Core", 7, new Rate(4, 5), new Rate(2, 5)),
                        tuple("No template chosen", "", 1, new Rate(0, 0), new Rate(0, 0)));
        assertThat(reports.breakdown(Breakdown.TEMPLATE_VERSION, SPRING))
                .extracting(ReportRow::label, row -> row.counts().requests(), row -> row.counts().responseRate(),
                        row -> row.counts().feedbackRate())
                .containsExactly(tuple("Quick call v1", 2, new Rate(1, 2), new Rate(1, 2)),
                        tuple("Warm thanks v1", 3, new Rate(2, 2), new Rate(1, 2)),
                        tuple("Warm thanks v2", 4, new Rate(2, 3), new Rate(1, 3)),
                        tuple("No template chosen", 1, new Rate(0, 0), new Rate(0, 0)));
        assertThat(reports.breakdown(Breakdown.LIBRARY, SPRING))
                .extracting(ReportRow::label, row -> row.counts().requests(), row -> row.counts().responseRate())
                .containsExactly(tuple("Core", 7, new Rate(4, 5)), tuple("Phone", 2, new Rate(1, 2)),
                        tuple("No template chosen", 1, new Rate(0, 0)));
    }

    @Test
    void by_coach_and_by_client() {
        assertThat(reports.breakdown(Breakdown.COACH, SPRING))
                .extracting(ReportRow::label, row -> row.counts().requests(), row -> row.counts().responseRate())
                .containsExactlyInAnyOrder(tuple(coach.displayName(), 8, new Rate(4, 5)),
                        tuple(owner.displayName(), 2, new Rate(1, 2)));
        assertThat(reports.clientPage(SPRING, 0, 50))
                .extracting(ReportRow::label, ReportRow::detail, row -> row.counts().requests(),
                        row -> row.counts().responseRate(), row -> row.counts().feedbackRate())
                .containsExactly(tuple("Ann", coach.displayName(), 5, new Rate(3, 3), new Rate(1, 3)),
                        tuple("Ben", coach.displayName(), 3, new Rate(1, 2), new Rate(1, 2)),
                        tuple("Ola", owner.displayName(), 2, new Rate(1, 2), new Rate(1, 2)));
        assertThat(reports.clientCount(SPRING)).isEqualTo(3);
        assertThat(reports.clientPage(SPRING, 1, 1)).extracting(ReportRow::label).containsExactly("Ben");
        assertThat(reports.breakdown(Breakdown.CLIENT, SPRING)).hasSize(3);
    }

    @Test
    void by_time_to_send_and_by_webmail() {
        assertThat(reports.breakdown(Breakdown.TIME_TO_SEND, SPRING))
                .extracting(ReportRow::label, row -> row.counts().requests(), row -> row.counts().responseRate(),
                        row -> row.counts().feedbackRate())
                .containsExactly(tuple("Under 24 h", 5, new Rate(4, 5), new Rate(3, 5)),
                        tuple("24–72 h", 1, new Rate(1, 1), new Rate(0, 1)),
                        tuple("Over 72 h", 1, new Rate(0, 1), new Rate(0, 1)),
                        tuple("Not sent", 3, new Rate(0, 0), new Rate(0, 0)));
        assertThat(reports.breakdown(Breakdown.WEBMAIL, SPRING))
                .extracting(ReportRow::label, row -> row.counts().requests(), row -> row.counts().responseRate())
                .containsExactly(tuple("Gmail", 5, new Rate(3, 3)),
                        tuple("None (phone or not recorded)", 3, new Rate(1, 2)),
                        tuple("Outlook", 2, new Rate(1, 2)));
    }

    @Test
    void filters_narrow_to_a_coach_a_library_and_months() {
        assertThat(reports.total(SPRING.withCoach(coach.coachId())).counts())
                .extracting(Counts::requests, Counts::responseRate).containsExactly(8, new Rate(4, 5));
        assertThat(reports.total(SPRING.withLibrary(phone)).counts())
                .extracting(Counts::requests, Counts::responseRate).containsExactly(2, new Rate(1, 2));
        assertThat(reports.breakdown(Breakdown.TEMPLATE, SPRING.withLibrary(core).withCoach(coach.coachId())))
                .extracting(ReportRow::label, row -> row.counts().requests()).containsExactly(tuple("Warm thanks", 7));
        assertThat(reports.clientPage(SPRING.withCoach(owner.coachId()), 0, 50)).extracting(ReportRow::label)
                .containsExactly("Ola");
        assertThat(reports.total(ReportFilter.months(YearMonth.of(2026, 1), YearMonth.of(2026, 2))).counts())
                .isEqualTo(Counts.NONE);
    }

    @Test
    void a_coach_sees_only_their_own_clients_figures() {
        TestData.signIn(coach);

        assertThat(reports.total(SPRING).counts().requests()).isEqualTo(8);
        assertThat(reports.breakdown(Breakdown.COACH, SPRING)).extracting(ReportRow::label)
                .containsExactly(coach.displayName());
        assertThat(reports.clientPage(SPRING, 0, 50)).extracting(ReportRow::label).containsExactly("Ann", "Ben");
        assertThat(reports.breakdown(Breakdown.TEMPLATE, SPRING)).extracting(ReportRow::label)
                .containsExactly("Warm thanks", "No template chosen");
        assertThat(reports.choices().coaches()).extracting(ReportOption::id).containsExactly(coach.coachId());
        assertThat(reports.keyFigures().thisMonth().requestsLogged()).isEqualTo(3);
        assertThatThrownBy(() -> reports.total(SPRING.withCoach(owner.coachId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void two_templates_are_compared_with_the_difference_and_its_interval() {
        var comparison = reports.compare(warm.id(), call.id(), SPRING);

        assertThat(comparison.first().label()).isEqualTo("Warm thanks");
        assertThat(comparison.first().counts().responseRate()).isEqualTo(new Rate(4, 5));
        assertThat(comparison.second().counts().responseRate()).isEqualTo(new Rate(1, 2));
        assertThat(comparison.responseRate()).isEqualTo(new Rate(4, 5).minus(new Rate(1, 2)));
        assertThat(comparison.responseRate().value()).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(comparison.responseRate().significant()).isFalse();
        assertThat(comparison.feedbackRate()).isEqualTo(new Rate(2, 5).minus(new Rate(1, 2)));
    }

    @Test
    void key_figures_compare_this_month_with_last_month() {
        var figures = reports.keyFigures();

        assertThat(figures.thisMonth().month()).isEqualTo(APRIL);
        assertThat(figures.thisMonth()).extracting(KeyFigures.Month::requestsLogged, KeyFigures.Month::sent,
                KeyFigures.Month::responseRate, KeyFigures.Month::feedbackRate)
                .containsExactly(4, 2, new Rate(2, 2), new Rate(1, 2));
        assertThat(figures.thisMonth().medianReplyTime().label()).isEqualTo("1–2 h");
        assertThat(figures.lastMonth()).extracting(KeyFigures.Month::month, KeyFigures.Month::requestsLogged,
                KeyFigures.Month::sent, KeyFigures.Month::responseRate, KeyFigures.Month::feedbackRate)
                .containsExactly(MARCH, 6, 5, new Rate(3, 5), new Rate(2, 5));
        assertThat(figures.lastMonth().medianReplyTime().label()).isEqualTo("1–2 days");
    }

    @Test
    void choices_list_the_practices_coaches_libraries_templates_and_months() {
        var choices = reports.choices();

        assertThat(choices.coaches()).extracting(ReportOption::id)
                .containsExactlyInAnyOrder(owner.coachId(), coach.coachId());
        assertThat(choices.libraries()).extracting(ReportOption::name).containsExactly("Core", "Phone");
        assertThat(choices.templates()).extracting(ReportOption::name)
                .containsExactly("Quick call (Phone)", "Warm thanks (Core)");
        assertThat(choices.firstMonth()).isEqualTo(MARCH);
        assertThat(choices.thisMonth()).isEqualTo(APRIL);
    }

    @Test
    void the_csv_export_has_every_row_and_rates_with_intervals() {
        var out = new ByteArrayOutputStream();
        reports.exportCsv(Breakdown.TEMPLATE, SPRING, out);
        var lines = new String(out.toByteArray(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\uFEFFTemplate,Library,Requests,Sent,Feedback,Declined,No reply,"
                + "Withdrawn,Open,Resolved (n),Response rate,");
        var warmWilson = new Rate(4, 5).interval();
        assertThat(lines.get(2)).isEqualTo(String.format(java.util.Locale.ROOT,
                "Warm thanks,Core,7,5,2,2,1,1,1,5,0.8000,%.4f,%.4f,0.4000,%.4f,%.4f,1–2 days", warmWilson.low(),
                warmWilson.high(), new Rate(2, 5).interval().low(), new Rate(2, 5).interval().high()));
        assertThat(lines.get(3)).isEqualTo("No template chosen,,1,0,0,0,0,0,1,0,,,,,,,");
    }

    @Test
    void exported_names_that_look_like_formulas_are_neutralised() {
        var data = new ReportTestData(sql);
        var risky = data.template(owner, core, "=HYPERLINK(\"http://x\")", 1);
        data.request(practice, new TestData(sql).client(owner, "-Dee"), risky.version(1), "gmail",
                Instant.parse("2026-04-10T09:00:00Z"), clock.instant().plusSeconds(1));
        refresher.refresh(practice);

        var templates = new ByteArrayOutputStream();
        reports.exportCsv(Breakdown.TEMPLATE, SPRING, templates);
        var clients = new ByteArrayOutputStream();
        reports.exportCsv(Breakdown.CLIENT, SPRING, clients);

        assertThat(templates.toString(StandardCharsets.UTF_8)).contains("\"'=HYPERLINK(\"\"http://x\"\")\",Core,1,");
        assertThat(clients.toString(StandardCharsets.UTF_8)).contains("\r\n\"'-Dee\"," + owner.displayName() + ",1,");
    }

    @Test
    @CrossPracticeProbe(methods = {"ReportService#choices", "ReportService#breakdown", "ReportService#clientPage",
            "ReportService#clientCount", "ReportService#total", "ReportService#compare", "ReportService#keyFigures",
            "ReportService#exportCsv"})
    void a_coach_of_another_practice_sees_none_of_these_figures_even_with_their_ids() {
        var data = new TestData(sql);
        var stranger = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(stranger);

        assertThatThrownBy(() -> reports.total(SPRING.withLibrary(core))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.breakdown(Breakdown.TEMPLATE, SPRING.withCoach(coach.coachId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.clientPage(SPRING.withCoach(coach.coachId()), 0, 50))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.clientCount(SPRING.withLibrary(core))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.compare(warm.id(), call.id(), SPRING)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.exportCsv(Breakdown.CLIENT, SPRING.withCoach(owner.coachId()),
                new ByteArrayOutputStream())).isInstanceOf(NotFoundException.class);

        assertThat(reports.total(SPRING).counts()).isEqualTo(Counts.NONE);
        for (var by : Breakdown.values()) {
            assertThat(reports.breakdown(by, SPRING)).as("by %s", by).isEmpty();
        }
        assertThat(reports.clientPage(SPRING, 0, 50)).isEmpty();
        assertThat(reports.clientCount(SPRING)).isZero();
        assertThat(reports.keyFigures().thisMonth().counts()).isEqualTo(Counts.NONE);
        assertThat(reports.keyFigures().lastMonth().counts()).isEqualTo(Counts.NONE);
        var choices = reports.choices();
        assertThat(choices.coaches()).extracting(ReportOption::id).containsExactly(stranger.coachId());
        assertThat(choices.libraries()).isEmpty();
        assertThat(choices.templates()).isEmpty();
        var csv = new ByteArrayOutputStream();
        reports.exportCsv(Breakdown.TEMPLATE, SPRING, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines()).hasSize(1);

        TestData.signIn(owner);
        assertThat(reports.total(SPRING).counts().requests()).isEqualTo(10);
    }

    @Test
    void reports_need_a_signed_in_coach() {
        TestData.signOut();

        assertThatThrownBy(() -> reports.total(SPRING))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    private void request(ReportTestData data, UUID client, UUID version, String webmail, String rejection,
            Instant updated, ReportTestData.Event... events) {
        data.request(practice, client, version, webmail, Instant.parse(rejection), updated, events);
    }

    private static Duration h(long hours) {
        return Duration.ofHours(hours);
    }
}
