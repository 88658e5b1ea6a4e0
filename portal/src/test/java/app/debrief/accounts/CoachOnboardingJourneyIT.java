package app.debrief.accounts;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.CONNECTION_CODE;
import static app.debrief.db.jooq.Tables.LIBRARY_ASSIGNMENT;
import static app.debrief.db.jooq.Tables.TEMPLATE_LIBRARY;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 4's whole journey in headless Chromium on the demo practice: the owner invites a coach and
 * copies the link; the coach opens it in another browser, accepts and signs in, then builds a client
 * book (a client through the form, more from a CSV file with one bad row), assigns a library to two
 * of them from the grid's selection and creates a connection code on a client's page. The owner
 * hands them a password-reset link and finally disables them, handing their clients to another
 * coach, which ends their open session. A demo database of its own: the clients added here appear
 * in no other test's grid or screenshot.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true",
        "debrief.test.isolation=coach-journey"})
class CoachOnboardingJourneyIT {

    private static final String NEW_COACH = "Jordan Lee";
    private static final String NEW_EMAIL = "jordan.lee@example.com";
    private static final String CLIENT_NAME = "Ruth Adeyemi";
    private static final String CLIENT_EMAIL = "ruth.adeyemi@example.com";
    private static final Path CSV = Path.of("src", "test", "resources", "clients", "one-bad-row.csv");
    /** The good rows of {@link #CSV}: name and email (Kwame has none). */
    private static final Map<String, String> IMPORTED = Map.of("Inês Ferreira", "ines.ferreira@example.com",
            "O'Neil, Tom", "tom.oneil@example.com", "Kwame Mensah", "", "Lin Zhou", "lin.zhou@example.com");
    private static final String LIBRARY = "Debrief starter";
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    DSLContext sql;

    private final List<BrowserContext> browsers = new ArrayList<>();

    @BeforeEach
    void letEarlierFailedLogInsFade() {
        clock.advance(Duration.ofDays(2));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(BrowserContext::close);
    }

    @Test
    void the_owner_invites_a_coach_who_builds_their_client_book_and_is_later_reset_and_disabled() {
        // someone guessing at an unknown account from one address, for the owner to notice
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("guess@unknown.test", "203.0.113.45");
        }
        Page owner = browser();
        String link = inviteACoach(owner);

        Page coach = browser();
        acceptAndSignIn(coach, link);
        UUID coachId = sql.select(COACH.ID).from(COACH).where(COACH.EMAIL.eq(NEW_EMAIL)).fetchSingle(COACH.ID);

        addAClientThroughTheForm(coach);
        importACsvWithOneBadRow(coach);
        assertThat(sql.fetchCount(CLIENT, CLIENT.COACH_ID.eq(coachId))).as("the coach's clients, each once")
                .isEqualTo(5);
        assertThat(sql.fetchCount(CLIENT, CLIENT.EMAIL.eq(CLIENT_EMAIL))).isEqualTo(1);
        IMPORTED.forEach((name, email) -> assertThat(sql.fetchCount(CLIENT, CLIENT.NAME.eq(name),
                CLIENT.COACH_ID.eq(coachId))).as(name).isEqualTo(1));
        assertThat(sql.fetchCount(CLIENT, CLIENT.NAME.eq("Bad Email Person"))).isZero();

        assignALibraryToTwoSelectedClients(coach, coachId);
        createAConnectionCode(coach, coachId);

        resetThePassword(owner, coach);
        disableAndHandOverTheClients(owner, coach, coachId);
    }

    /** The owner invites the coach and copies the one-time link; the throttled address shows too. */
    private String inviteACoach(Page owner) {
        VaadinPage.signIn(owner, base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        nav(owner, "Coaches");
        assertThat(owner).hasURL(base() + "/coaches");
        assertThat(cell(owner, DemoAccounts.COACH_NAME)).isVisible();

        button(owner, "Invite a coach").click();
        owner.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(NEW_EMAIL);
        owner.getByLabel("Display name").fill(NEW_COACH);
        button(owner, "Create invitation link").click();
        VaadinPage.settle(owner);
        Locator linkField = owner.getByLabel("Invitation link");
        assertThat(linkField).hasValue(Pattern.compile("^http://localhost:" + port + "/invite/[A-Za-z0-9_-]{43}$"));
        assertThat(owner.getByText("This link is shown only now")).isVisible();
        screenshot(owner, "coach-invitation");

        button(owner, "Copy the link").click();
        VaadinPage.settle(owner);
        String link = (String) owner.evaluate("() => navigator.clipboard.readText()");
        assertThat(link).isEqualTo(linkField.inputValue());
        button(owner, "Done").click();
        VaadinPage.settle(owner);
        assertThat(cell(owner, NEW_EMAIL)).isVisible();
        assertThat(cell(owner, "Address 203.0.113.45")).isVisible();
        assertThat(owner.locator("vaadin-notification-card")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        screenshot(owner, "coaches");
        return link;
    }

    /** The coach opens the link in their own browser, chooses a password and signs in. */
    private void acceptAndSignIn(Page coach, String link) {
        coach.navigate(link);
        VaadinPage.settle(coach);
        assertThat(coach.getByText("Join " + DemoAccounts.PRACTICE)).isVisible();
        assertThat(coach.getByText("You will sign in with " + NEW_EMAIL)).isVisible();
        assertThat(coach.getByLabel("Display name")).hasValue(NEW_COACH);
        screenshot(coach, "invitation-accept");
        coach.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("jordans-first-password");
        coach.getByLabel("Password again").fill("jordans-first-password");
        button(coach, "Create my account").click();
        VaadinPage.settle(coach);
        assertThat(coach).hasURL(base() + "/login");

        VaadinPage.signIn(coach, base(), NEW_EMAIL, "jordans-first-password");
        assertThat(coach.getByText("Good to see you, " + NEW_COACH)).isVisible();
        assertThat(coach.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Coaches")))
                .hasCount(0);
        nav(coach, "Account");
        assertThat(coach.getByLabel("Email (you sign in with it)")).hasValue(NEW_EMAIL);
        screenshot(coach, "account");
    }

    /** An empty client book says what to do; the form names a wrong field, then adds the client. */
    private void addAClientThroughTheForm(Page coach) {
        nav(coach, "Clients");
        assertThat(coach).hasURL(base() + "/clients");
        assertThat(coach.getByText("No clients yet — add your first client.")).isVisible();

        button(coach, "Add client").first().click();
        Locator dialog = coach.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Add client")).isVisible();
        dialog.getByLabel("Name").fill(CLIENT_NAME);
        dialog.getByLabel("Email").fill("ruth.adeyemi");
        dialog.getByLabel("Target field").fill("Logistics");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        VaadinPage.settle(coach);
        assertThat(dialog.getByText("Enter an email address like name@example.com, or leave it empty.")).isVisible();
        assertThat(sql.fetchCount(CLIENT, CLIENT.NAME.eq(CLIENT_NAME))).as("nothing saved while a field is wrong")
                .isZero();

        dialog.getByLabel("Email").fill(CLIENT_EMAIL);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add").setExact(true)).click();
        VaadinPage.settle(coach);
        assertThat(coach.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(coach.getByText("Added " + CLIENT_NAME + ".")).isVisible();
        assertThat(cell(coach, CLIENT_EMAIL)).isVisible();
        assertThat(cell(coach, "Logistics")).isVisible();
    }

    /** The real Upload: the bad row is named by its number and reason; the four good rows are imported. */
    private void importACsvWithOneBadRow(Page coach) {
        button(coach, "Import CSV").click();
        VaadinPage.settle(coach);
        assertThat(coach).hasURL(base() + "/clients/import");
        coach.locator("vaadin-upload input[type=file]").setInputFiles(CSV);
        VaadinPage.settle(coach);
        assertThat(coach.getByText("5 rows read: 4 ready to import, 1 with a problem (row 5).")).isVisible();

        coach.getByText("Show only the rows with problems").click();
        VaadinPage.settle(coach);
        assertThat(cell(coach, "Bad Email Person")).isVisible();
        assertThat(cell(coach, "Inês Ferreira")).hasCount(0);
        assertThat(coach.locator("vaadin-grid-cell-content:visible")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^5$")))).hasCount(1);
        assertThat(cell(coach, "Email \"not-an-email\" is not an address like name@example.com.")).isVisible();
        coach.getByText("Show only the rows with problems").click();
        VaadinPage.settle(coach);
        assertThat(cell(coach, "Lin Zhou")).isVisible();

        button(coach, "Import the 4 good rows").click();
        coach.waitForURL(base() + "/clients");
        VaadinPage.settle(coach);
        assertThat(coach.getByText("Imported 4 clients.")).isVisible();
        for (String name : IMPORTED.keySet()) {
            assertThat(cell(coach, name)).isVisible();
        }
        assertThat(cell(coach, CLIENT_NAME)).isVisible();
        assertThat(cell(coach, "Bad Email Person")).hasCount(0);
    }

    /** Two clients ticked in the grid get the starter library in one step. */
    private void assignALibraryToTwoSelectedClients(Page coach, UUID coachId) {
        rowCheckbox(coach, CLIENT_NAME).click();
        rowCheckbox(coach, "Kwame Mensah").click();
        assertThat(coach.getByText("2 clients selected")).isVisible();

        button(coach, "Assign library\u2026").click();
        VaadinPage.settle(coach);
        Locator dialog = coach.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Assign a library to 2 clients")).isVisible();
        assertThat(dialog.getByText("Kwame Mensah, " + CLIENT_NAME)).isVisible();
        Locator library = dialog.getByLabel("Library");
        library.click();
        library.fill("Debrief");
        coach.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(LIBRARY)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign").setExact(true)).click();
        VaadinPage.settle(coach);
        assertThat(coach.getByText(LIBRARY + " assigned to 2 clients.")).isVisible();
        assertThat(coach.getByText("Select clients to act on several at once.")).isVisible();

        List<String> assigned = sql.select(CLIENT.NAME).from(LIBRARY_ASSIGNMENT)
                .join(CLIENT).on(CLIENT.ID.eq(LIBRARY_ASSIGNMENT.CLIENT_ID))
                .join(TEMPLATE_LIBRARY).on(TEMPLATE_LIBRARY.ID.eq(LIBRARY_ASSIGNMENT.LIBRARY_ID))
                .where(CLIENT.COACH_ID.eq(coachId), TEMPLATE_LIBRARY.NAME.eq(LIBRARY),
                        LIBRARY_ASSIGNMENT.ASSIGNED_BY.eq(coachId))
                .orderBy(CLIENT.NAME).fetch(CLIENT.NAME);
        assertThat(assigned).containsExactly("Kwame Mensah", CLIENT_NAME);
        assertThat(sql.fetchCount(LIBRARY_ASSIGNMENT.join(CLIENT).on(CLIENT.ID.eq(LIBRARY_ASSIGNMENT.CLIENT_ID)),
                CLIENT.COACH_ID.eq(coachId))).as("no other client got a library").isEqualTo(2);
    }

    /** On the client's page: the library and its templates, then a code shown once with expiry and copy. */
    private void createAConnectionCode(Page coach, UUID coachId) {
        cell(coach, "Logistics").click();
        VaadinPage.settle(coach);
        assertThat(coach).hasURL(Pattern.compile("/clients/[0-9a-f-]{36}$"));
        assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(CLIENT_NAME))).isVisible();
        assertThat(coach.locator(".debrief-assigned-name", new Page.LocatorOptions().setHasText(LIBRARY)))
                .isVisible();
        assertThat(cell(coach, "After an email rejection")).isVisible();
        assertThat(coach.getByText("No browser is connected yet")).isVisible();

        button(coach, "Create a connection code").click();
        VaadinPage.settle(coach);
        Locator codeField = coach.getByLabel("Connection code (shown once)");
        assertThat(codeField).hasValue(Pattern.compile("^DBR1\\.[A-Za-z0-9_-]+\\.[A-Z2-7]{16}$"));
        Instant expiresAt = clock.instant().plus(Duration.ofDays(7));
        assertThat(coach.getByText("Valid until " + EXPIRY.format(expiresAt) + ", for one connection.")).isVisible();
        String code = codeField.inputValue();
        String[] parts = code.split("\\.");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)).isEqualTo(base());

        button(coach, "Copy").click();
        VaadinPage.settle(coach);
        assertThat(coach.getByText("Copied the connection code.")).isVisible();
        assertThat((String) coach.evaluate("() => navigator.clipboard.readText()")).isEqualTo(code);

        // stored hashed, for this client, by this coach; the page forgets it on the next visit
        UUID clientId = sql.select(CLIENT.ID).from(CLIENT).where(CLIENT.EMAIL.eq(CLIENT_EMAIL)).fetchSingle(CLIENT.ID);
        Record2<String, Instant> stored = sql.select(CONNECTION_CODE.CODE_HASH, CONNECTION_CODE.EXPIRES_AT)
                .from(CONNECTION_CODE)
                .where(CONNECTION_CODE.CLIENT_ID.eq(clientId), CONNECTION_CODE.CREATED_BY.eq(coachId))
                .fetchSingle();
        assertThat(stored.value1()).isEqualTo(sha256(parts[2])).doesNotContain(parts[2]);
        assertThat(stored.value2()).isEqualTo(expiresAt);
        coach.reload();
        VaadinPage.settle(coach);
        assertThat(coach.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(CLIENT_NAME))).isVisible();
        assertThat(coach.getByLabel("Connection code (shown once)")).isHidden();
        assertThat(coach.getByText(parts[2])).hasCount(0);
    }

    /** The owner's reset link sets a new password and leaves the coach's open session alone. */
    private void resetThePassword(Page owner, Page coach) {
        owner.reload();
        VaadinPage.settle(owner);
        assertThat(cell(owner, NEW_EMAIL)).isVisible();
        button(owner, "Password reset link for " + NEW_COACH).click();
        button(owner, "Create link").click();
        VaadinPage.settle(owner);
        String reset = owner.getByLabel("Password reset link", new Page.GetByLabelOptions().setExact(true)).inputValue();
        button(owner, "Done").click();

        Page resetting = browser();
        resetting.navigate(reset);
        VaadinPage.settle(resetting);
        assertThat(resetting.getByText("For " + NEW_COACH + " (" + NEW_EMAIL + ")")).isVisible();
        screenshot(resetting, "password-reset");
        resetting.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("jordans-new-password");
        resetting.getByLabel("New password again").fill("jordans-new-password");
        button(resetting, "Set new password").click();
        VaadinPage.settle(resetting);
        assertThat(resetting).hasURL(base() + "/login");
        VaadinPage.signIn(resetting, base(), NEW_EMAIL, "jordans-new-password");
        assertThat(resetting.getByText("Good to see you, " + NEW_COACH)).isVisible();

        // using the reset link ended nothing else: the coach's first session still works
        nav(coach, "Dashboard");
        assertThat(coach.getByText("Good to see you, " + NEW_COACH)).isVisible();
    }

    /** Disabling asks who takes over the clients, moves them, and ends the coach's session. */
    private void disableAndHandOverTheClients(Page owner, Page coach, UUID coachId) {
        button(owner, "Disable " + NEW_COACH).click();
        Locator dialog = owner.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Disable " + NEW_COACH + "?")).isVisible();
        Locator successor = dialog.getByLabel("Who takes over their 5 clients?");
        successor.click();
        owner.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText(DemoAccounts.COACH_NAME)).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Disable").setExact(true)).click();
        VaadinPage.settle(owner);
        assertThat(owner.getByText(NEW_COACH + " is disabled. Their clients now belong to "
                + DemoAccounts.COACH_NAME + ".")).isVisible();
        assertThat(sql.fetchCount(CLIENT, CLIENT.COACH_ID.eq(coachId))).isZero();
        UUID carlos = sql.select(COACH.ID).from(COACH).where(COACH.EMAIL.eq(DemoAccounts.COACH_EMAIL))
                .fetchSingle(COACH.ID);
        assertThat(sql.fetchCount(CLIENT, CLIENT.COACH_ID.eq(carlos), CLIENT.EMAIL.eq(CLIENT_EMAIL))).isEqualTo(1);

        // the coach's open session ends at their next click; signing in again is refused
        coach.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Clients")).click();
        coach.waitForURL(base() + "/login", new Page.WaitForURLOptions().setTimeout(15_000));
        VaadinPage.signIn(coach, base(), NEW_EMAIL, "jordans-new-password");
        assertThat(coach).hasURL(base() + "/login?error");
    }

    /** Once Vaadin's loading bar has gone: it shows on slow round trips and would stripe the picture. */
    private static void screenshot(Page page, String name) {
        VaadinPage.settle(page);
        page.waitForFunction("() => [...document.querySelectorAll('.v-loading-indicator')]"
                + ".every(bar => !/first|second|third/.test(bar.className))");
        Chromium.screenshot(page, name);
    }

    private Page browser() {
        BrowserContext context = Chromium.newContext();
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        browsers.add(context);
        return context.newPage();
    }

    private static void nav(Page page, String item) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(item)).click();
        VaadinPage.settle(page);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text)).first();
    }

    /** The selection check box in the row that shows this client's name: the row's first cell. */
    private static Locator rowCheckbox(Page page, String name) {
        String slot = (String) page.evaluate("""
                name => {
                  const grid = document.querySelector('vaadin-grid');
                  const cell = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                      .find(content => content.textContent.trim() === name);
                  const row = grid.shadowRoot.querySelector(`slot[name="${cell.slot}"]`).closest('tr');
                  return row.querySelector('td slot').name;
                }""", name);
        return page.locator("vaadin-grid-cell-content[slot='" + slot + "'] vaadin-checkbox");
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
