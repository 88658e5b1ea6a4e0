package app.debrief.accounts.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An empty database outside demo mode: every page leads to the one-time setup page. */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=false"})
class FirstRunSetupBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    DSLContext sql;

    @Test
    void the_setup_page_creates_the_practice_once_and_is_then_gone_for_good() throws Exception {
        try (BrowserContext browser = Chromium.newContext()) {
            Page page = browser.newPage();
            page.navigate(base() + "/clients");
            VaadinPage.settle(page);
            assertThat(page).hasURL(base() + "/setup");
            assertThat(page.getByText("Set up your practice")).isVisible();

            page.getByLabel("Practice name").fill("Harbour Light Careers");
            page.getByLabel("Your name").fill("Hana Harbour");
            page.getByLabel("Your email (you sign in with it)").fill("hana@harbour.example");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
            page.getByLabel("Password again").fill("short");
            VaadinPage.settle(page);
            Chromium.screenshot(page, "setup");
            page.getByText("Create practice").click();
            VaadinPage.settle(page);
            assertThat(page.getByText("Password must have at least 10 characters.")).isVisible();
            assertThat(countPractices()).isZero();

            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("lighthouse-keeper");
            page.getByLabel("Password again").fill("lighthouse-keeper");
            page.getByText("Create practice").click();
            VaadinPage.settle(page);
            assertThat(page).hasURL(base() + "/login");

            VaadinPage.signIn(page, base(), "hana@harbour.example", "lighthouse-keeper");
            assertThat(page.getByText("Good to see you, Hana Harbour")).isVisible();

            page.navigate(base() + "/setup");
            VaadinPage.settle(page);
            assertThat(page).not().hasURL(base() + "/setup");
            assertThat(page.getByText("Set up your practice")).hasCount(0);
        }

        var directPost = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/setup"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "practiceName=Takeover&ownerEmail=evil%40example.com&ownerPassword=evil-password-1"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(directPost.statusCode()).isNotEqualTo(200);
        assertThat(countPractices()).isEqualTo(1);
        assertThat(sql.fetchCount(DSL.table("coach"), DSL.field("email").eq("evil@example.com"))).isZero();
    }

    private int countPractices() {
        return sql.fetchCount(DSL.table("practice"));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
