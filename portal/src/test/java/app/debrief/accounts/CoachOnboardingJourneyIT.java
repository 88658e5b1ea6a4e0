package app.debrief.accounts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In headless Chromium on the demo practice: the owner invites a coach and copies the link; the
 * coach opens it in another browser, accepts, signs in and uses the portal; the owner hands them a
 * password-reset link, and finally disables them, which ends their open session.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class CoachOnboardingJourneyIT {

    private static final String NEW_COACH = "Jordan Lee";
    private static final String NEW_EMAIL = "jordan.lee@example.com";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    LoginThrottle throttle;

    private final List<BrowserContext> browsers = new java.util.ArrayList<>();

    @BeforeEach
    void letEarlierFailedLogInsFade() {
        clock.advance(Duration.ofDays(2));
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(BrowserContext::close);
    }

    @Test
    void the_owner_invites_a_coach_who_accepts_signs_in_resets_their_password_and_is_disabled() {
        // Playwright hands the pattern to JavaScript, which has no \\Q…\\E quoting; someone guessing at an unknown account from one address, for the owner to notice
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("guess@unknown.test", "203.0.113.45");
        }
        Page owner = browser();
        VaadinPage.signIn(owner, base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        owner.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Coaches")).click();
        VaadinPage.settle(owner);
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
        org.assertj.core.api.Assertions.assertThat(link).isEqualTo(linkField.inputValue());
        button(owner, "Done").click();
        VaadinPage.settle(owner);
        assertThat(cell(owner, NEW_EMAIL)).isVisible();
        assertThat(cell(owner, "Address 203.0.113.45")).isVisible();
        assertThat(owner.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(10_000));
        screenshot(owner, "coaches");

        Page coach = browser();
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
        coach.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Account")).click();
        VaadinPage.settle(coach);
        assertThat(coach.getByLabel("Email (you sign in with it)")).hasValue(NEW_EMAIL);
        screenshot(coach, "account");

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
        coach.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Dashboard")).click();
        VaadinPage.settle(coach);
        assertThat(coach.getByText("Good to see you, " + NEW_COACH)).isVisible();

        button(owner, "Disable " + NEW_COACH).click();
        assertThat(owner.getByText("Disable " + NEW_COACH + "?")).isVisible();
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable").setExact(true)).click();
        VaadinPage.settle(owner);
        assertThat(owner.getByText(NEW_COACH + " is disabled.")).isVisible();

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

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator cell(Page page, String text) {
        return page.locator("vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text)).first();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
