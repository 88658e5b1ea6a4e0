package app.debrief.connections;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.EXTENSION_TOKEN;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.demo.DemoAccounts;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real extension, loaded into headless Chromium, connects to the real API: the coach's code is
 * pasted in the popup, and the client is connected.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true"})
class ExtensionConnectBrowserIT {

    private static final String EXTENSION_ID = "aojbgifpmommagpomjmbeemfollcdkbk";

    @LocalServerPort
    int port;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    CoachDetailsService coaches;

    @Autowired
    DSLContext sql;

    @Test
    void pasting_the_coachs_code_in_the_popup_connects_the_client() throws Exception {
        var coach = (CoachPrincipal) coaches.loadUserByUsername(DemoAccounts.COACH_EMAIL);
        UUID client = sql.select(CLIENT.ID).from(CLIENT).where(CLIENT.NAME.eq("Priya Natarajan")).fetchSingle(CLIENT.ID);
        TestData.signIn(coach);
        String code = codes.issue(client, "http://127.0.0.1:" + port).code();
        TestData.signOut();

        Path extension = testCopyOfExtension();
        Path profile = Files.createTempDirectory("debrief-profile-");
        try (Playwright playwright = Playwright.create();
                BrowserContext browser = playwright.chromium().launchPersistentContext(profile,
                        new BrowserType.LaunchPersistentContextOptions()
                                .setExecutablePath(Chromium.EXECUTABLE)
                                .setHeadless(false)
                                .setArgs(List.of("--disable-extensions-except=" + extension,
                                        "--load-extension=" + extension, "--headless=new", "--no-sandbox",
                                        "--disable-gpu", "--disable-background-networking",
                                        "--disable-component-update", "--disable-sync", "--no-first-run")))) {
            var popup = browser.newPage();
            popup.navigate("chrome-extension://" + EXTENSION_ID + "/src/popup/popup.html");
            popup.locator("#connection-code").fill(code);
            popup.locator("#connect-form button[type=submit]").click();

            assertThat(popup.locator("#connect-message")).containsText("Connected as Priya Natarajan");
        } finally {
            FileSystemUtils.deleteRecursively(extension);
            FileSystemUtils.deleteRecursively(profile);
        }

        var token = sql.selectFrom(EXTENSION_TOKEN).where(EXTENSION_TOKEN.CLIENT_ID.eq(client)).fetchSingle();
        assertThat(token.getLabel()).startsWith("Browser extension");
        assertThat(token.getRevokedAt()).isNull();
    }

    /**
     * The shipped extension, plus the permission for this test server's origin that the browser's
     * prompt would grant: a headless browser cannot show the prompt.
     */
    private static Path testCopyOfExtension() throws IOException {
        Path source = Path.of("..", "extension").toAbsolutePath().normalize();
        Path copy = Files.createTempDirectory("debrief-extension-");
        FileSystemUtils.copyRecursively(source.resolve("src"), copy.resolve("src"));
        FileSystemUtils.copyRecursively(source.resolve("icons"), copy.resolve("icons"));
        var json = JsonMapper.builder().build();
        var manifest = (ObjectNode) json.readTree(source.resolve("manifest.json").toFile());
        manifest.withArray("host_permissions").add("http://127.0.0.1/*");
        json.writeValue(copy.resolve("manifest.json").toFile(), manifest);
        return copy;
    }
}
