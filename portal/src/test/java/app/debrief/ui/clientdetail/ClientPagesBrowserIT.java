package app.debrief.ui.clientdetail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.PortalBrowser;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The owner's settings, a client's page and the bulk library dialog in headless Chromium, with screenshots. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ClientPagesBrowserIT {

    @RegisterExtension
    final PortalBrowser browser = new PortalBrowser();

    @Test
    void the_owner_is_told_why_a_follow_up_day_is_refused() {
        Page page = signInAsOwner();
        page.navigate(browser.base() + "/settings");
        VaadinPage.settle(page);

        page.getByLabel("Follow-up day").fill("12");
        button(page, "Save settings").click();
        VaadinPage.settle(page);

        assertThat(page.getByText("Follow-up day must be less than the no-reply days (10)")).isVisible();
        page.waitForTimeout(1000);
        Chromium.screenshot(page, "practice-settings");
    }

    @Test
    void a_click_on_a_client_opens_their_page_where_a_library_is_assigned() {
        Page page = signInAsOwner();
        page.navigate(browser.base() + "/clients");
        VaadinPage.settle(page);
        page.locator("vaadin-grid-cell-content:visible", new Page.LocatorOptions().setHasText("Nursing")).click();
        VaadinPage.settle(page);
        assertThat(page).hasURL(Pattern.compile("/clients/[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sam O'Connor"))).isVisible();

        // every active demo client starts with the starter library: take it away, then give it back
        button(page, "Remove Debrief starter").click();
        VaadinPage.settle(page);
        assertThat(page.getByText("No library assigned yet")).isVisible();
        Locator library = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Library to assign"));
        library.click();
        library.fill("Debrief starter");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Debrief starter")).click();
        button(page, "Assign").click();
        VaadinPage.settle(page);

        assertThat(page.locator("vaadin-grid-cell-content:visible",
                new Page.LocatorOptions().setHasText("After an email rejection"))).isVisible();
        button(page, "Create a connection code").click();
        VaadinPage.settle(page);
        assertThat(page.locator("vaadin-text-area textarea")).hasValue(Pattern.compile("^DBR1\\..+"));
        page.getByText("for one connection").scrollIntoViewIfNeeded();
        page.mouse().move(0, 0);
        // the saved-library notifications close by themselves; the picture is of the page
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new LocatorAssertions.HasCountOptions().setTimeout(10_000));
        page.waitForFunction("() => [...document.querySelectorAll('.v-loading-indicator')]"
                + ".every(bar => bar.style.display === 'none' && getComputedStyle(bar).opacity === '0')");
        Chromium.screenshot(page, "client-detail");
    }

    @Test
    void the_owner_assigns_a_library_to_several_selected_clients_at_once() {
        Page page = signInAsOwner();
        page.navigate(browser.base() + "/clients");
        VaadinPage.settle(page);
        rowCheckbox(page, "Amélie Durand").click();
        rowCheckbox(page, "Jonas Becker").click();
        assertThat(page.getByText("2 clients selected")).isVisible();

        button(page, "Assign library\u2026").click();
        VaadinPage.settle(page);
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Assign a library to 2 clients")).isVisible();
        Locator library = dialog.getByLabel("Library");
        library.click();
        library.fill("Debrief");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Debrief starter")).click();
        // let Vaadin's loading bar finish fading out before the picture
        page.waitForTimeout(1000);
        Chromium.screenshot(page, "assign-library");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Assign")).click();
        VaadinPage.settle(page);
        assertThat(page.getByText("Debrief starter assigned to 2 clients.")).isVisible();
    }

    private Page signInAsOwner() {
        Page page = browser.page();
        VaadinPage.signIn(page, browser.base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        return page;
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

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
