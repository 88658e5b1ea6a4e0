package app.debrief.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A fresh Chromium page for each test, pointed at the application the test started:
 * {@code @RegisterExtension final PortalBrowser browser = new PortalBrowser();}
 */
public final class PortalBrowser implements BeforeEachCallback, AfterEachCallback {

    private BrowserContext context;
    private Page page;
    private String base;

    @Override
    public void beforeEach(ExtensionContext test) {
        String port = SpringExtension.getApplicationContext(test).getEnvironment().getProperty("local.server.port");
        base = "http://localhost:" + port;
        context = Chromium.newContext();
        page = context.newPage();
    }

    @Override
    public void afterEach(ExtensionContext test) {
        context.close();
    }

    public Page page() {
        return page;
    }

    /** The application's address, e.g. http://localhost:41235 */
    public String base() {
        return base;
    }
}
