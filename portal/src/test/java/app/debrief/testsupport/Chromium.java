package app.debrief.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's headless Chromium, driven by Playwright: one browser per test JVM, a fresh context per
 * test, pages at 1280x800 so screenshots match what a coach sees on a laptop.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-dev-shm-usage");
    private static Browser browser;

    private Chromium() {
    }

    public static synchronized Browser browser() {
        if (browser == null) {
            if (!Files.isExecutable(EXECUTABLE)) {
                throw new IllegalStateException("Browser tests need Debian's Chromium at " + EXECUTABLE
                        + ": apt-get install chromium (the CI script installs it)");
            }
            Playwright playwright = Playwright.create();
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(FLAGS));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close, "close-playwright"));
        }
        return browser;
    }

    public static BrowserContext newContext() {
        return browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"));
    }

    /** Saves what the user sees into docs/screenshots, where the README shows it. */
    public static void screenshot(Page page, String name) {
        Path target = Path.of("..", "docs", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(target));
    }
}
