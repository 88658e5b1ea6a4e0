package app.debrief.connections;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.EXTENSION_TOKEN;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.demo.DemoAccounts;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestState;
import app.debrief.testsupport.ExtensionBrowser;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The real extension, loaded into headless Chromium, connects to the real API: the coach's code is
 * pasted in the popup, and the client is connected.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ExtensionConnectBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    DSLContext sql;

    @Test
    void the_popup_connects_with_the_coachs_code_and_a_logged_rejection_reaches_the_server_once() throws Exception {
        var coach = (CoachPrincipal) coaches.loadUserByUsername(DemoAccounts.COACH_EMAIL);
        UUID client = sql.select(CLIENT.ID).from(CLIENT).where(CLIENT.NAME.eq("Priya Natarajan")).fetchSingle(CLIENT.ID);
        TestData.signIn(coach);
        String code = codes.issue(client, "http://127.0.0.1:" + port).code();
        TestData.signOut();

        try (var browser = ExtensionBrowser.launch()) {
            var popup = browser.popup();
            popup.locator("#connection-code").fill(code);
            popup.locator("#connect-form button[type=submit]").click();

            assertThat(popup.locator("#connect-message")).containsText("Connected as Priya Natarajan");

            popup.locator("#company").fill("Umbrella Health");
            popup.locator("#role").fill("Clinical data analyst");
            popup.locator("#interviewer").fill("Dr. Iris Vance");
            popup.locator("#log-form button[type=submit]").click();
            assertThat(popup.locator("#log-message")).containsText("Ask Umbrella Health for feedback");
            awaitRequestOf(client, "Umbrella Health");
        }

        var token = sql.selectFrom(EXTENSION_TOKEN).where(EXTENSION_TOKEN.CLIENT_ID.eq(client)).fetchSingle();
        assertThat(token.getLabel()).startsWith("Browser extension");
        assertThat(token.getRevokedAt()).isNull();
        var request = sql.selectFrom(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.CLIENT_ID.eq(client), FEEDBACK_REQUEST.COMPANY.eq("Umbrella Health")).fetchSingle();
        assertThat(request.getRole()).isEqualTo("Clinical data analyst");
        assertThat(request.getInterviewerName()).isEqualTo("Dr. Iris Vance");
        assertThat(request.getState()).isEqualTo(RequestState.REJECTION_LOGGED);
        assertThat(sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(request.getId())
                .and(REQUEST_EVENT.TYPE.eq(EventType.REJECTION_LOGGED)))).isEqualTo(1);
    }

    /** The service worker sends its outbox on its own schedule: wait for it, within reason. */
    private void awaitRequestOf(UUID client, String company) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            if (sql.fetchExists(REQUEST_EVENT.join(FEEDBACK_REQUEST).on(FEEDBACK_REQUEST.ID.eq(REQUEST_EVENT.REQUEST_ID)),
                    FEEDBACK_REQUEST.CLIENT_ID.eq(client).and(FEEDBACK_REQUEST.COMPANY.eq(company)))) {
                // give a duplicate, if the outbox were to send one, the time to arrive
                Thread.sleep(1500);
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The logged rejection did not reach the server within 20 s");
    }
}
