package app.debrief.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The real extension in headless Chromium with a persistent profile, which a test can close and
 * launch again (a browser restart keeps the extension's storage). Gmail's host is served with the
 * extension's Gmail-like test page, so the manifest's own content-script matching is exercised.
 */
public final class ExtensionBrowser implements AutoCloseable {

    public static final String EXTENSION_ID = "aojbgifpmommagpomjmbeemfollcdkbk";
    private static final Path SOURCE = Path.of("..", "extension").toAbsolutePath().normalize();
    private static final Map<String, String> WEBMAIL_PAGES = Map.of("mail.google.com", "gmail.html");

    private final Path extension;
    private final Path profile;
    private Playwright playwright;
    private BrowserContext context;
    private Page extensionPage;

    private ExtensionBrowser(Path extension, Path profile) {
        this.extension = extension;
        this.profile = profile;
    }

    public static ExtensionBrowser launch() {
        try {
            var browser = new ExtensionBrowser(testCopyOfExtension(), Files.createTempDirectory("debrief-profile-"));
            browser.start();
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void start() {
        playwright = Playwright.create();
        context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(Chromium.EXECUTABLE)
                .setHeadless(false)
                .setViewportSize(1280, 800)
                .setArgs(List.of("--disable-extensions-except=" + extension, "--load-extension=" + extension,
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /**
     * A tab on the Gmail-like test page, served at Gmail's own address so the manifest's content
     * scripts match it. The route is the tab's, not the context's: a context-wide route would also
     * intercept the service worker's calls, and Playwright stalls those once Chrome restarts a worker.
     */
    public Page webmail(String url) {
        Page page = context.newPage();
        page.route(route -> WEBMAIL_PAGES.containsKey(java.net.URI.create(route).getHost()), route -> {
            var address = java.net.URI.create(route.request().url());
            boolean script = address.getPath().endsWith("mail-model.js");
            String file = script ? "mail-model.js" : WEBMAIL_PAGES.get(address.getHost());
            try {
                route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                        .setStatus(200)
                        .setContentType(script ? "text/javascript" : "text/html; charset=utf-8")
                        .setBodyBytes(Files.readAllBytes(SOURCE.resolve("test/pages").resolve(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        page.navigate(url);
        return page;
    }

    /** Closes the browser as a user would quit it; the profile, and the extension's storage, stay. */
    public void quit() {
        extensionPage = null;
        context.close();
        playwright.close();
    }

    /** Starts the browser again on the same profile, as after a reboot. */
    public void restart() {
        start();
    }

    public BrowserContext context() {
        return context;
    }

    /**
     * Evaluates a script with the extension's privileges (chrome.storage, chrome.alarms, chrome.tabs)
     * in one of its own pages; Playwright for Java does not reach service workers directly.
     */
    public Object evaluateInExtension(String script, Object argument) {
        if (extensionPage == null || extensionPage.isClosed()) {
            extensionPage = context.newPage();
            extensionPage.navigate("chrome-extension://" + EXTENSION_ID + "/src/options/options.html");
        }
        return extensionPage.evaluate(script, argument);
    }

    /** The popup, opened as the toolbar button would open it over this tab. */
    public Page popupFor(Page tab) {
        Object tabId = evaluateInExtension(
                "async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id", tab.url());
        Page popup = context.newPage();
        popup.navigate("chrome-extension://" + EXTENSION_ID + "/src/popup/popup.html" + (tabId == null ? "" : "?tab=" + tabId));
        return popup;
    }

    public Page popup() {
        Page popup = context.newPage();
        popup.navigate("chrome-extension://" + EXTENSION_ID + "/src/popup/popup.html");
        return popup;
    }

    @Override
    public void close() {
        try {
            if (context != null) {
                quit();
            }
        } catch (RuntimeException alreadyClosed) {
            // quit() was called by the test
        } finally {
            FileSystemUtils.deleteRecursively(extension.toFile());
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    /**
     * The shipped extension, plus the permission for the test server's origin that the browser's
     * prompt would grant: a headless browser cannot show the prompt.
     */
    private static Path testCopyOfExtension() throws IOException {
        Path copy = Files.createTempDirectory("debrief-extension-");
        FileSystemUtils.copyRecursively(SOURCE.resolve("src"), copy.resolve("src"));
        FileSystemUtils.copyRecursively(SOURCE.resolve("icons"), copy.resolve("icons"));
        var json = JsonMapper.builder().build();
        var manifest = (ObjectNode) json.readTree(SOURCE.resolve("manifest.json").toFile());
        manifest.withArray("host_permissions").add("http://127.0.0.1/*");
        json.writeValue(copy.resolve("manifest.json").toFile(), manifest);
        return copy;
    }
}
