package app.debrief.clients.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.PortalBrowser;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A coach imports clients from a CSV file with one bad row through the real Upload in headless
 * Chromium. A demo database of its own, so the imported clients appear in no other test's screenshot.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true",
        "debrief.test.isolation=client-import"})
class ClientImportBrowserIT {

    private static final Path CSV = Path.of("src", "test", "resources", "clients", "one-bad-row.csv");

    @RegisterExtension
    final PortalBrowser browser = new PortalBrowser();

    @Test
    void a_coach_uploads_a_csv_sees_the_bad_row_and_imports_the_good_ones() {
        Page page = browser.page();
        VaadinPage.signIn(page, browser.base(), DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_PASSWORD);
        page.navigate(browser.base() + "/clients");
        VaadinPage.settle(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import CSV")).click();
        VaadinPage.settle(page);
        assertThat(page).hasURL(browser.base() + "/clients/import");

        page.locator("vaadin-upload input[type=file]").setInputFiles(CSV);
        VaadinPage.settle(page);

        assertThat(page.getByText("5 rows read: 4 ready to import, 1 with a problem (row 5).")).isVisible();
        assertThat(cell("Email \"not-an-email\" is not an address like name@example.com.")).isVisible();
        assertThat(cell("O'Neil, Tom")).isVisible();
        // let Vaadin's loading bar finish fading out before the picture
        page.waitForTimeout(1000);
        Chromium.screenshot(page, "client-import-preview");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import the 4 good rows")).click();
        page.waitForURL(browser.base() + "/clients");
        VaadinPage.settle(page);

        assertThat(page.getByText("Imported 4 clients.")).isVisible();
        for (String name : new String[] {"Inês Ferreira", "O'Neil, Tom", "Kwame Mensah", "Lin Zhou"}) {
            assertThat(cell(name)).isVisible();
        }
        assertThat(cell("Bad Email Person")).hasCount(0);
    }

    private Locator cell(String text) {
        return browser.page().locator("vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText(text));
    }
}
