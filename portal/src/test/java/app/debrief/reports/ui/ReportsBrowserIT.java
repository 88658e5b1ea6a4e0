package app.debrief.reports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.reports.ReportRefresher;
import app.debrief.requests.EventType;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.PortalBrowser;
import app.debrief.testsupport.ReportTestData;
import app.debrief.testsupport.ReportTestData.Event;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The reports view in headless Chromium: ECharts loads from its webjar and draws both charts. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ReportsBrowserIT {

    @RegisterExtension
    final PortalBrowser browser = new PortalBrowser();

    @Autowired
    DSLContext sql;

    @Autowired
    ReportRefresher refresher;

    @Autowired
    MutableClock clock;

    @Test
    void the_owner_reads_rates_charts_and_exports_a_table() {
        CoachPrincipal owner = aPracticeWithEightMonthsOfRequests();
        Page page = browser.page();

        VaadinPage.signIn(page, browser.base(), owner.getUsername(), "unused");
        page.navigate(browser.base() + "/reports");
        VaadinPage.settle(page);

        assertThat(page.locator(".debrief-chart[data-drawn='true'] svg")).hasCount(2);
        assertThat(page.locator(".debrief-chart svg text", new Page.LocatorOptions().setHasText("Warm thanks")))
                .not().hasCount(0);
        assertThat(page.getByText("Compare two templates")).isVisible();
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Warm thanks")).first()
                .waitFor();
        Chromium.screenshot(page, "reports");
        page.getByText("Compare two templates").scrollIntoViewIfNeeded();
        Chromium.screenshot(page, "reports-table");

        String href = page.getByText("Export CSV").getAttribute("href");
        var response = page.request().get(browser.base() + "/" + href);
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition"))
                .contains("report-by-template.csv");
        org.assertj.core.api.Assertions.assertThat(csv.lines().toList()).hasSize(4).first().asString()
                .startsWith("\uFEFFTemplate,Library,Requests,Sent,");
    }

    /** Three templates over eight months; sending within a day gets answered more often. */
    private CoachPrincipal aPracticeWithEightMonthsOfRequests() {
        var data = new TestData(sql);
        var reports = new ReportTestData(sql);
        UUID practice = data.practice();
        CoachPrincipal owner = data.coach(practice, Role.OWNER);
        var coaches = List.of(owner, data.coach(practice, Role.COACH), data.coach(practice, Role.COACH));
        var clients = new ArrayList<UUID>();
        for (String name : List.of("Amélie Durand", "Ben Okafor", "Chen Wei", "Dana Levi", "Emil Sørensen",
                "Farah Haddad")) {
            clients.add(data.client(coaches.get(clients.size() % coaches.size()), name));
        }
        UUID core = reports.library(owner, "Core emails");
        UUID phone = reports.library(owner, "Phone scripts");
        var templates = List.of(reports.template(owner, core, "Warm thanks", 2),
                reports.template(owner, core, "Short and direct", 1), reports.template(owner, phone, "Quick call", 1));
        var random = new Random(7);
        Instant now = clock.instant();
        for (int i = 0; i < 220; i++) {
            var template = templates.get(i % 7 < 4 ? 0 : i % 7 < 6 ? 1 : 2);
            UUID version = template.versions().get(random.nextInt(template.versions().size()));
            Instant rejection = now.minus(Duration.ofHours(12 + random.nextInt(240 * 24)));
            long sendHours = random.nextInt(10) < 6 ? random.nextInt(20) : 24 + random.nextInt(120);
            double answered = (sendHours < 24 ? 0.55 : 0.35) + (template == templates.get(0) ? 0.1 : 0);
            var events = new ArrayList<Event>();
            if (random.nextInt(10) == 0) {
                events.add(Event.at(EventType.DRAFTED, Duration.ofHours(1)));
            } else {
                events.add(Event.at(EventType.SENT, Duration.ofHours(sendHours)));
                Duration reply = Duration.ofHours(sendHours + 2 + random.nextInt(200));
                if (rejection.plus(Duration.ofDays(12)).isAfter(now)) {
                    // still waiting
                } else if (random.nextDouble() < answered) {
                    events.add(Event.at(random.nextInt(3) == 0 ? EventType.REPLIED_DECLINED
                            : EventType.REPLIED_FEEDBACK, reply));
                } else {
                    events.add(Event.at(EventType.NO_REPLY, Duration.ofHours(sendHours).plusDays(10)));
                }
            }
            reports.request(practice, clients.get(random.nextInt(clients.size())), version,
                    template == templates.get(2) ? null : List.of("gmail", "outlook", "yahoo").get(random.nextInt(3)),
                    rejection, now, events.toArray(Event[]::new));
        }
        refresher.refresh(practice);
        return owner;
    }
}
