package app.debrief.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.PortalBrowser;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The owner's client book in headless Chromium with the demo practice: search, and export what it shows. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ClientBookBrowserIT {

    @RegisterExtension
    final PortalBrowser browser = new PortalBrowser();

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void the_owner_searches_the_book_and_exports_what_it_shows() {
        VaadinPage.signIn(page, base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        page.navigate(base() + "/clients");
        VaadinPage.settle(page);
        assertThat(cell("Amélie Durand")).isVisible();
        assertThat(cell("Priya Natarajan")).isVisible();
        Chromium.screenshot(page, "client-book");

        page.getByRole(com.microsoft.playwright.options.AriaRole.TEXTBOX,
                new Page.GetByRoleOptions().setName("Search clients by the start")).fill("pri");
        assertThat(cell("Amélie Durand")).hasCount(0);
        assertThat(cell("Priya Natarajan")).isVisible();

        String href = page.getByText("Export CSV").getAttribute("href");
        var response = page.request().get(base() + "/" + href);
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(response.headers().get("content-disposition")).contains("clients.csv");
        org.assertj.core.api.Assertions.assertThat(csv.lines().toList()).hasSize(2)
                .last().asString().startsWith("Priya Natarajan,priya.n@example.com,Product management,Active,");

        page.locator("vaadin-button[aria-label='Browser extension of Priya Natarajan']:visible").first().click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Browser extension of Priya Natarajan")).isVisible();
        page.getByText("Create a connection code").click();
        VaadinPage.settle(page);
        assertThat(page.locator("vaadin-text-area textarea")).hasValue(java.util.regex.Pattern.compile("^DBR1\\..+"));
        Chromium.screenshot(page, "extension-connection");
    }

    private com.microsoft.playwright.Locator cell(String text) {
        return page.locator("vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text));
    }

    private String base() {
        return browser.base();
    }
}
