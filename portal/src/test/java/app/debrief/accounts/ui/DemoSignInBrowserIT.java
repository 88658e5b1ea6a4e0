package app.debrief.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.util.regex.Pattern;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The portal in demo mode, in headless Chromium: sign in, look around, sign out. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class DemoSignInBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private BrowserContext browser;
    private Page page;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.newContext();
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        // throttling counts failures from 127.0.0.1: let them fade before the next test
        clock.advance(Duration.ofDays(2));
    }

    @Test
    void the_demo_coach_signs_in_and_sees_the_main_layout() {
        page.navigate(base() + "/");
        VaadinPage.settle(page);
        assertThat(page).hasURL(base() + "/login");
        assertThat(page.getByText("Sign in to Debrief")).isVisible();
        Chromium.screenshot(page, "login");

        VaadinPage.signIn(page, base(), DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_PASSWORD);

        // Playwright hands the pattern to JavaScript, which has no \\Q…\\E quoting
        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/(\\?continue)?$"));
        assertThat(page.getByText("Good to see you, " + DemoAccounts.COACH_NAME)).isVisible();
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Clients"))).isVisible();
        Chromium.screenshot(page, "main-layout");

        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Clients")).click();
        VaadinPage.settle(page);
        assertThat(page).hasURL(base() + "/clients");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Priya Natarajan")))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Amélie Durand")))
                .hasCount(0);
        Chromium.screenshot(page, "clients");

        page.locator("vaadin-menu-bar-button").first().click();
        page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("Sign out")).click();
        VaadinPage.settle(page);
        assertThat(page).hasURL(base() + "/login");
        page.navigate(base() + "/clients");
        VaadinPage.settle(page);
        assertThat(page).hasURL(base() + "/login");
    }

    @Test
    void the_owner_sees_every_client_with_their_coach() {
        VaadinPage.signIn(page, base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        page.navigate(base() + "/clients");
        VaadinPage.settle(page);

        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Amélie Durand")))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Priya Natarajan")))
                .isVisible();
        assertThat(page.locator("vaadin-grid-sorter, vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("Coach")).first()).isVisible();
    }

    @Test
    void a_wrong_password_is_refused_and_repeated_guessing_is_slowed_down() {
        VaadinPage.signIn(page, base(), DemoAccounts.COACH_EMAIL, "wrong-password");
        assertThat(page).hasURL(base() + "/login?error");
        assertThat(page.getByText("Incorrect email or password")).isVisible();

        for (int attempt = 2; attempt <= 4; attempt++) {
            VaadinPage.signIn(page, base(), DemoAccounts.COACH_EMAIL, "wrong-password-" + attempt);
        }
        VaadinPage.signIn(page, base(), DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_PASSWORD);

        assertThat(page).hasURL(base() + "/login?error");
        assertThat(page.getByText("Too many failed log-ins")).isVisible();
        Chromium.screenshot(page, "login-throttled");

        clock.advance(Duration.ofMinutes(20));
        VaadinPage.signIn(page, base(), DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_PASSWORD);
        assertThat(page.getByText("Good to see you, " + DemoAccounts.COACH_NAME)).isVisible();
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
