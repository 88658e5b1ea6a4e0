package app.debrief.templates.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.PortalBrowser;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A coach writes a template in headless Chromium: from a new library to a second version and its diff. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class TemplatesJourneyBrowserIT {

    private static final String FIRST_QUESTION = "Could you tell me one skill I should work on first?";
    private static final String BETTER_QUESTION = "Could you tell me which one skill would help me most next time?";
    private static final String REST_OF_BODY = "\n\nI accept your decision and I want to improve as a candidate.\n"
            + FIRST_QUESTION + "\n\n{{my_name}}";
    private static final String THANKS_LINE = "Thank you for your time and for the video interview.";

    @RegisterExtension
    final PortalBrowser browser = new PortalBrowser();

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.page();
    }

    @Test
    void a_coach_writes_publishes_and_revises_a_template() {
        VaadinPage.signIn(page, base(), DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_PASSWORD);
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Templates")).click();
        VaadinPage.settle(page);
        assertThat(page).hasURL(base() + "/templates");
        assertThat(page.getByText("Starter library")).isVisible();
        assertThat(page.getByText("After an email rejection")).isVisible();
        Chromium.screenshot(page, "libraries");

        button("New library").click();
        page.getByLabel("Name").fill("Video interviews");
        page.getByLabel("Description").fill("Replies after interviews held on a video call.");
        button("Create").click();
        VaadinPage.settle(page);
        Locator library = page.locator(".debrief-library", new Page.LocatorOptions().setHasText("Video interviews"));
        assertThat(library).isVisible();

        library.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("New template")).click();
        page.getByLabel("Name").fill("After a video interview");
        button("Create and edit").click();
        VaadinPage.settle(page);
        assertThat(page).hasURL(Pattern.compile("/templates/[0-9a-f-]{36}$"));

        page.getByLabel("Subject").fill("One question about the {{role}} interviews");
        Locator body = page.locator("#template-body textarea");
        body.fill("Dear {{nmae}}," + REST_OF_BODY);
        assertThat(page.getByText("Body, line 1, column 8: There is no placeholder called \"nmae\"")).isVisible();
        assertThat(button("Publish")).hasAttribute("disabled", "");

        body.fill("Dear ," + REST_OF_BODY);
        body.press("Control+Home");
        for (int step = 0; step < "Dear ".length(); step++) {
            body.press("ArrowRight");
        }
        button("{{interviewer_name}}").click();
        assertThat(body).hasValue(Pattern.compile("^Dear \\{\\{interviewer_name}},\\n"));
        assertThat(page.locator(".debrief-placeholder-errors")).isHidden();
        assertThat(checklistRow("THANKS_EMPLOYER")).hasAttribute("data-outcome", "WARN");
        assertThat(page.locator(".debrief-preview-text")).containsText("Dear Sam Rivera,");
        VaadinPage.settle(page);
        Chromium.screenshot(page, "template-editor");

        button("Publish").click();
        assertThat(page.getByText("Thanks the employer for their time:")).isVisible();
        button("Publish anyway").click();
        assertThat(page.getByText("Version 1 published")).isVisible();

        body.fill("Dear {{interviewer_name}},\n\n" + THANKS_LINE + "\n"
                + REST_OF_BODY.strip().replace(FIRST_QUESTION, BETTER_QUESTION));
        assertThat(checklistRow("THANKS_EMPLOYER")).hasAttribute("data-outcome", "PASS");
        button("Publish new version").click();
        assertThat(page.getByText("Version 2 published")).isVisible();
        // the toasts fade on their own; waiting keeps them out of the diff's screenshot
        assertThat(page.getByText("Version 2 published"))
                .isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(10_000));

        button("Version history").click();
        assertThat(page.locator("vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText("confirmed by " + DemoAccounts.COACH_NAME))).isVisible();
        assertThat(page.locator(".debrief-diff-removed")).containsText(new String[] {FIRST_QUESTION});
        assertThat(page.locator(".debrief-diff-removed .debrief-diff-marker")).hasText("\u2212");
        assertThat(page.locator(".debrief-diff-added")).containsText(new String[] {THANKS_LINE, BETTER_QUESTION});
        assertThat(page.locator(".debrief-diff-added .debrief-diff-marker")).hasText(new String[] {"+", "+"});
        VaadinPage.settle(page);
        // the dialog fades in; a screenshot taken mid-animation shows the page through it
        page.waitForFunction("() => !document.querySelector('[opening]')");
        Chromium.screenshot(page, "template-diff");
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator checklistRow(String check) {
        return page.locator("[data-check='" + check + "']");
    }

    private String base() {
        return browser.base();
    }
}
