package app.debrief.requests.ui;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.jooq.impl.DSL.count;

import java.util.UUID;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.PortalBrowser;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner's dashboard, a request's timeline with notes, and a client's requests, in headless Chromium on demo data. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class RequestTimelineBrowserIT {

    @RegisterExtension
    final PortalBrowser browser = new PortalBrowser();

    @Autowired
    DSLContext sql;

    @Test
    void the_owner_goes_from_the_dashboard_to_a_timeline_and_logs_a_rejection_for_a_client() {
        Page page = browser.page();
        VaadinPage.signIn(page, browser.base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        assertThat(page.getByText("Needs attention")).isVisible();
        assertThat(page.getByText("Rejections with nothing sent")).isVisible();
        assertThat(page.getByText("The practice")).isVisible();
        assertThat(page.locator(".debrief-attention-row").first()).isVisible();
        Chromium.screenshot(page, "dashboard");

        page.locator(".debrief-attention-row a").first().click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Timeline")).isVisible();

        page.navigate(browser.base() + "/requests/" + requestWithTheLongestStoryAndANote());
        VaadinPage.settle(page);
        assertThat(page.locator(".debrief-timeline-item").first()).isVisible();
        assertThat(page.locator(".debrief-note").first()).isVisible();
        Chromium.screenshot(page, "request-timeline");

        UUID priya = sql.select(CLIENT.ID).from(CLIENT).where(CLIENT.NAME.eq("Priya Natarajan")).fetchSingle(CLIENT.ID);
        page.navigate(browser.base() + "/clients/" + priya + "/requests");
        VaadinPage.settle(page);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Priya Natarajan"))).isVisible();
        Chromium.screenshot(page, "client-requests");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log a rejection")).first().click();
        page.getByLabel("Company").fill("Northwind Traders");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log rejection")).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Rejection from Northwind Traders logged")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Rejection logged"))
                .first()).isVisible();
    }

    private UUID requestWithTheLongestStoryAndANote() {
        var events = count(REQUEST_EVENT.ID);
        return sql.select(FEEDBACK_REQUEST.ID)
                .from(FEEDBACK_REQUEST)
                .join(REQUEST_EVENT).on(REQUEST_EVENT.REQUEST_ID.eq(FEEDBACK_REQUEST.ID)
                        .or(REQUEST_EVENT.REQUEST_ID.in(sql.select(FEEDBACK_REQUEST.as("child").ID)
                                .from(FEEDBACK_REQUEST.as("child"))
                                .where(FEEDBACK_REQUEST.as("child").PARENT_ID.eq(FEEDBACK_REQUEST.ID)))))
                .where(FEEDBACK_REQUEST.ID.in(sql.select(REQUEST_NOTE.REQUEST_ID).from(REQUEST_NOTE)))
                .groupBy(FEEDBACK_REQUEST.ID)
                .orderBy(events.desc(), FEEDBACK_REQUEST.REJECTION_AT.desc())
                .limit(1)
                .fetchSingle(FEEDBACK_REQUEST.ID);
    }
}
