package app.debrief.testsupport;

import app.debrief.accounts.CoachPrincipal;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import kotlin.jvm.functions.Function0;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** The portal's views in Karibu-Testing's mocked Vaadin, on the real Spring context, as one signed-in coach. */
public final class BrowserlessPortal {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.debrief");

    private BrowserlessPortal() {
    }

    public static void start(ApplicationContext context, CoachPrincipal coach) {
        TestData.signIn(coach);
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        var securityContext = SecurityContextHolder.createEmptyContext();
        securityContext.setAuthentication(signedIn);
        // as after a real sign-in: Vaadin's security context strategy reads the context from the session
        // first (each Spring test context installs its own strategy, so a thread-local alone is not enough),
        // and its view access check reads the request, which Spring Security's filter fills in a real server
        MockVaadin.setMockRequestFactory(session -> {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
            var request = new FakeRequest(session);
            request.setUserPrincipalInt(signedIn);
            request.setUserInRole((principal, role) -> coach.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    /** Nobody signed in: for the public pages (invitation and password-reset links). */
    public static void startAnonymous(ApplicationContext context) {
        TestData.signOut();
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session));
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    public static void stop() {
        MockVaadin.tearDown();
        TestData.signOut();
    }
}
