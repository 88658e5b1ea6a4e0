package app.debrief.connections;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.demo.DemoAccounts;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestState;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.testsupport.ExtensionBrowser;
import app.debrief.testsupport.FaultyProxy;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The extension's promise, end to end on the real API and MariaDB, with a network that fails at the
 * worst moments: whatever the job seeker did reaches the database exactly once.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ExtensionFaultsBrowserIT {

    private static final String OUTBOX_ALARM = "debrief-outbox";

    @LocalServerPort
    int port;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    LibraryAssignmentService assignments;

    @Autowired
    DSLContext sql;

    private FaultyProxy network;
    private ExtensionBrowser browser;
    private UUID client;

    @BeforeEach
    void aConnectedExtensionBehindAFaultyNetwork() {
        network = new FaultyProxy(port);
        var coach = (CoachPrincipal) coaches.loadUserByUsername(DemoAccounts.COACH_EMAIL);
        client = new TestData(sql).client(coach, "Jordan Okafor");
        TestData.signIn(coach);
        sql.select(TEMPLATE_LIBRARY.ID).from(TEMPLATE_LIBRARY).where(TEMPLATE_LIBRARY.PRACTICE_ID.eq(coach.practiceId()))
                .fetch(TEMPLATE_LIBRARY.ID).forEach(library -> assignments.assign(library, Set.of(client)));
        String code = codes.issue(client, network.origin()).code();
        TestData.signOut();

        browser = ExtensionBrowser.launch();
        Page popup = browser.popup();
        popup.locator("#connection-code").fill(code);
        popup.locator("#connect-form button[type=submit]").click();
        assertThat(popup.locator("#connect-message")).containsText("Connected as Jordan Okafor");
        popup.close();
        // closed at once, as a user might: the service worker fetches the templates all the same.
        // (Playwright's waitForFunction does not await an async predicate, so this is polled.)
        await("templates in the extension", () -> Boolean.TRUE.equals(browser.evaluateInExtension(
                "async () => ((await chrome.storage.local.get('templates')).templates?.items ?? []).length > 0", null)));
    }

    @AfterEach
    void closeAll() {
        browser.close();
        network.close();
    }

    @Test
    void answers_lost_after_the_server_committed_are_retried_and_leave_one_row_and_one_event() {
        // Chromium itself resends a call once when a reused connection closes without an answer,
        // so each call loses two answers: the extension's own retry has to recover.
        for (int i = 0; i < 2; i++) {
            network.dropNextAnswer(call -> call.startsWith("PUT /api/v1/requests/"));
            network.dropNextAnswer(call -> call.endsWith("/events"));
        }

        logRejection(browser.popup(), "Initech", "Platform engineer", "");

        await("the request to be settled, firing each retry the outbox schedules", () -> {
            fireRetryAlarmIfPending();
            return network.dropped().size() == 4 && requestsAtServer().size() == 1 && outboxIsEmpty();
        });

        var request = requestsAtServer().getFirst();
        assertThat(request.getCompany()).isEqualTo("Initech");
        assertThat(eventTypesOf(request.getId())).containsExactly(EventType.REJECTION_LOGGED);
        assertThat(network.forwarded()).as("the server saw each call three times: twice lost, then answered")
                .filteredOn(call -> call.startsWith("PUT ")).hasSize(3);
        assertThat(network.forwarded()).filteredOn(call -> call.endsWith("/events")).hasSize(3);
    }

    @Test
    void a_request_drafted_and_sent_offline_arrives_once_after_the_browser_restarts() {
        // the templates were stored at connect: everything from here on happens offline
        network.reachable(false);
        Page gmail = browser.webmail("https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmpGQ");
        gmail.locator(".Am.Al.editable > div:nth-child(2)").click();
        Page popup = browser.popupFor(gmail);
        logRejection(popup, "Acme", "Data analyst", "Dana Reyes");

        long clickToText = insertAndTimeIt(popup, gmail);
        gmail.bringToFront();
        gmail.locator("div[role=button][data-tooltip^='Send']").click();
        assertThat(gmail.locator("#toast")).isVisible();
        String sentBody = (String) gmail.evaluate("() => window.__sent[0].body");
        assertThat(sentBody).as("the draft, filled in, above the signature and the quoted rejection")
                .startsWith("\nDear Dana Reyes,").contains("Data analyst").contains("Sam Lee\n+44 20 7946 0000")
                .contains("We have decided to move forward with another candidate.");
        await("the send to be queued", () -> outboxSize() >= 3);
        assertThat(requestsAtServer()).as("nothing reached the server while offline").isEmpty();

        browser.quit();
        network.reachable(true);
        browser.restart();

        await("the queued request to arrive after the restart",
                () -> requestsAtServer().size() == 1 && requestsAtServer().getFirst().getState() == RequestState.SENT);
        await("the outbox to empty", this::outboxIsEmpty);
        var request = requestsAtServer().getFirst();
        assertThat(eventTypesOf(request.getId()))
                .containsExactly(EventType.REJECTION_LOGGED, EventType.DRAFTED, EventType.SENT);
        assertThat(request.getRecipientDomain()).isEqualTo("acme.example.com");
        assertThat(request.getWebmail()).isEqualTo("gmail");
        assertThat(request.getTemplateVersionId()).isNotNull();
        System.out.printf("click-to-text insert into the Gmail-like page: %d ms%n", clickToText);
    }

    @Test
    void a_service_worker_stopped_in_the_middle_of_the_queue_loses_nothing() {
        network.delay(700);
        Page popup = browser.popup();
        for (String company : List.of("Globex", "Hooli", "Vandelay")) {
            logRejection(popup, company, "Analyst", "");
        }
        await("the worker to be sending", () -> network.forwarded().stream().filter(call -> call.startsWith("PUT ")).count() >= 1);

        stopServiceWorkers(popup);
        long handledBeforeStop = network.forwarded().stream().filter(call -> call.contains("/requests/")).count();
        network.delay(0);

        try {
            await("every request to arrive", () -> requestsAtServer().size() == 3 && outboxIsEmpty(), Duration.ofSeconds(120));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the server handled " + network.forwarded() + "; extension " + network.forwarded() + "; storage "
                    + browser.evaluateInExtension("async () => JSON.stringify({ alarms: await chrome.alarms.getAll(),"
                    + " retry: (await chrome.storage.local.get('outboxRetry')) })", null), e);
        }
        assertThat(handledBeforeStop).as("the worker was stopped before it finished").isLessThan(6);
        for (var request : requestsAtServer()) {
            assertThat(eventTypesOf(request.getId())).as(request.getCompany()).containsExactly(EventType.REJECTION_LOGGED);
        }
    }

    private void logRejection(Page popup, String company, String role, String interviewer) {
        popup.locator("#company").fill(company);
        popup.locator("#role").fill(role);
        popup.locator("#interviewer").fill(interviewer);
        popup.locator("#log-form button[type=submit]").click();
        assertThat(popup.locator("#log-message")).containsText("Ask " + company + " for feedback");
    }

    /** From the click on Insert in the popup to the text in the page's editor model, on one clock. */
    private static long insertAndTimeIt(Page popup, Page gmail) {
        try {
            // generous: on a loaded 2-core machine the popup's first render can take long
            popup.locator("#insert").waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(90_000));
        } catch (RuntimeException e) {
            throw new AssertionError("No Insert button; the popup shows: " + popup.locator("body").innerText(), e);
        }
        gmail.evaluate("() => { window.__firstText = 0; const editor = document.querySelector('.Am.Al.editable');"
                + " new MutationObserver(() => { if (!window.__firstText && window.__model.body.includes('Dear Dana Reyes'))"
                + " window.__firstText = Date.now(); }).observe(editor, {childList: true, subtree: true, characterData: true}); }");
        double clickedAt = (double) popup.evaluate("() => { const at = Date.now(); document.querySelector('#insert').click(); return at; }");
        assertThat(popup.locator("#draft-result")).containsText("Inserted");
        double textAt = ((Number) gmail.evaluate("() => window.__firstText")).doubleValue();
        assertThat(textAt).as("the text reached the editor").isPositive();
        return Math.round(textAt - clickedAt);
    }

    /** What Chrome does on its own when a worker idles or is stopped for resources, asked for through DevTools. */
    private void stopServiceWorkers(Page extensionPage) {
        var devtools = browser.context().newCDPSession(extensionPage);
        var targets = devtools.send("Target.getTargets");
        for (var target : targets.getAsJsonArray("targetInfos")) {
            var info = target.getAsJsonObject();
            if (info.get("type").getAsString().equals("service_worker")
                    && info.get("url").getAsString().contains(ExtensionBrowser.EXTENSION_ID)) {
                var args = new com.google.gson.JsonObject();
                args.addProperty("targetId", info.get("targetId").getAsString());
                devtools.send("Target.closeTarget", args);
            }
        }
        devtools.detach();
    }

    /** Makes a retry the outbox scheduled with chrome.alarms fire now instead of in 30 s: time travel. */
    private void fireRetryAlarmIfPending() {
        browser.evaluateInExtension("async (name) => { const alarm = await chrome.alarms.get(name);"
                + " if (alarm && alarm.scheduledTime > Date.now() + 1000) await chrome.alarms.create(name, { when: Date.now() }); }",
                OUTBOX_ALARM);
    }

    private int outboxSize() {
        @SuppressWarnings("unchecked")
        var storage = (Map<String, Object>) browser.evaluateInExtension("() => chrome.storage.local.get(null)", null);
        return (int) storage.keySet().stream().filter(key -> key.startsWith("outbox/")).count();
    }

    private boolean outboxIsEmpty() {
        return outboxSize() == 0;
    }

    private List<app.debrief.db.jooq.tables.records.FeedbackRequestRecord> requestsAtServer() {
        return sql.selectFrom(FEEDBACK_REQUEST).where(FEEDBACK_REQUEST.CLIENT_ID.eq(client))
                .orderBy(FEEDBACK_REQUEST.COMPANY).fetch();
    }

    private List<EventType> eventTypesOf(UUID request) {
        return sql.select(REQUEST_EVENT.TYPE).from(REQUEST_EVENT).where(REQUEST_EVENT.REQUEST_ID.eq(request))
                .orderBy(REQUEST_EVENT.OCCURRED_AT).fetch(REQUEST_EVENT.TYPE);
    }

    private static void await(String what, BooleanSupplier condition) {
        await(what, condition, Duration.ofSeconds(20));
    }

    private static void await(String what, BooleanSupplier condition, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s for " + what);
            }
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
