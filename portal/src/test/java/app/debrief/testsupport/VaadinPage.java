package app.debrief.testsupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/** Waits a Vaadin page needs: the client has finished its round trips to the server. */
public final class VaadinPage {

    private VaadinPage() {
    }

    public static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients "
                + "|| Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }

    public static void signIn(Page page, String baseUrl, String email, String password) {
        page.navigate(baseUrl + "/login");
        settle(page);
        page.locator("vaadin-login-form input[name='username']").fill(email);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first().click();
        page.waitForLoadState(LoadState.NETWORKIDLE);
        settle(page);
    }
}
