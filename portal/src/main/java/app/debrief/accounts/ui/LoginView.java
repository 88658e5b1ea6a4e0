package app.debrief.accounts.ui;

import app.debrief.accounts.LoginThrottledException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;

/** Sign-in for owners and coaches; Spring Security's form log-in checks what it posts. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Debrief")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("debrief-centered-page");
        setSizeFull();
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(messages(null));
        var brand = new Paragraph("Debrief");
        brand.addClassName("debrief-brand");
        var help = new Paragraph("Forgot your password? Ask your practice owner for a reset link.");
        help.addClassName("debrief-muted");
        add(brand, login, help);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setI18n(messages(lastFailureMessage()));
            login.setError(true);
        }
    }

    private static String lastFailureMessage() {
        var request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof LoginThrottledException throttled ? throttled.getMessage() : null;
    }

    private static LoginI18n messages(String throttledMessage) {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in to Debrief");
        i18n.getForm().setUsername("Email");
        i18n.getErrorMessage().setTitle(throttledMessage != null ? "Please wait" : "Incorrect email or password");
        i18n.getErrorMessage().setMessage(throttledMessage != null ? throttledMessage
                : "Check your email and password and try again.");
        return i18n;
    }
}
