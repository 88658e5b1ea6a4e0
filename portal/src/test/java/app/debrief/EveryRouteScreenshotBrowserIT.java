package app.debrief;

import static app.debrief.db.jooq.Tables.CLIENT;
import static app.debrief.db.jooq.Tables.COACH;
import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_NOTE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.InvitationDraft;
import app.debrief.accounts.InvitationService;
import app.debrief.accounts.PasswordResetService;
import app.debrief.accounts.Role;
import app.debrief.demo.DemoAccounts;
import app.debrief.reports.ReportRefresher;
import app.debrief.testsupport.Chromium;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.VaadinPage;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.NestedTestConfiguration;

/**
 * Every portal route, opened in headless Chromium with the demo practice and saved as
 * docs/screenshots/route-&lt;name&gt;.png (1280x800), where the README's "Every screen" shows them. A
 * route fails here when it renders an error or a "not found" page instead of itself, and a new route
 * with parameters fails until {@link #filled()} says how the demo data fills them. A demo database
 * of its own, so no other test's clicks show in the pictures.
 */
@IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=true",
        "debrief.test.isolation=every-route"})
class EveryRouteScreenshotBrowserIT {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.debrief");

    /** Routes a demo database cannot show, each opened in a database of its own below. */
    private static final Set<String> BEFORE_THE_PRACTICE_EXISTS = Set.of("setup");

    /** What a route shows when it could not render itself: not-found pages, dead links, Vaadin's own errors. */
    private static final List<String> FAILURE_TEXTS = List.of("not yours to see", "This link is no longer valid",
            "Could not navigate", "There was an exception", "Internal error", "Something went wrong");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext sql;

    @Autowired
    CoachDetailsService accounts;

    @Autowired
    InvitationService invitations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    ReportRefresher reports;

    private final List<BrowserContext> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(BrowserContext::close);
    }

    @Test
    void every_route_has_a_way_to_be_opened_and_a_place_in_the_readme() throws IOException {
        Map<String, String> routes = routes();
        assertThat(routes).as("routes found").containsKeys("", "login", "clients", "clients/:clientId");

        Set<String> unfillable = new TreeSet<>();
        routes.keySet().stream().filter(route -> route.contains(":")).forEach(unfillable::add);
        unfillable.removeAll(filled().keySet());
        assertThat(unfillable).as("routes with parameters this test cannot fill from the demo data: add each "
                + "to filled()").isEmpty();
        assertThat(filled().keySet()).as("filled() naming routes that do not exist (renamed?)")
                .isSubsetOf(routes.keySet());
        assertThat(BEFORE_THE_PRACTICE_EXISTS).isSubsetOf(routes.keySet());

        String readme = Files.readString(Path.of("..", "README.md"));
        assertThat(routes.values()).as("route screenshots the README's \"Every screen\" table shows")
                .allSatisfy(name -> assertThat(readme).contains("docs/screenshots/" + name + ".png"));
    }

    @TestFactory
    Stream<DynamicTest> every_route_renders_with_the_demo_data() {
        reports.refreshAll();
        BrowserContext owner = newBrowser();
        VaadinPage.signIn(owner.newPage(), base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        return routes().entrySet().stream()
                .filter(route -> !BEFORE_THE_PRACTICE_EXISTS.contains(route.getKey()))
                .map(route -> DynamicTest.dynamicTest("/" + route.getKey(), () -> {
                    boolean signedOut = anonymous(route.getKey());
                    BrowserContext browser = signedOut ? newBrowser() : owner;
                    String path = route.getKey().contains(":") ? filled().get(route.getKey()).get()
                            : route.getKey();
                    shoot(browser, base() + "/" + path, route.getValue());
                }));
    }

    @Test
    void a_route_that_does_not_render_itself_fails_and_leaves_no_picture() {
        BrowserContext owner = newBrowser();
        VaadinPage.signIn(owner.newPage(), base(), DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD);
        UUID nobody = UUID.randomUUID();
        Map<String, BrowserContext> broken = Map.of(
                "clients/" + nobody, owner, // the not-found page, with a 404
                "clients/" + nobody + "/extension", owner, // "does not exist or is not yours to see"
                "no-such-page", owner, // a 404 the browser shows as its own error page
                "invite/not-a-real-token", newBrowser(), // "this link is no longer valid"
                "coaches", newBrowser()); // signed out: sent to the sign-in page
        broken.forEach((path, browser) -> assertThatThrownBy(() -> shoot(browser, base() + "/" + path, "route-broken"))
                .as(path).isInstanceOfAny(AssertionError.class, PlaywrightException.class));
        assertThat(Path.of("..", "docs", "screenshots", "route-broken.png")).doesNotExist();
    }

    /** The setup page exists only before the first practice: an empty database outside demo mode. */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @IntegrationTest(properties = {"debrief.test.database=fresh", "debrief.demo=false",
            "debrief.test.isolation=every-route-setup"})
    class BeforeThePracticeExists {

        @LocalServerPort
        int setupPort;

        @Test
        void the_setup_route_renders_on_an_empty_database() {
            for (String route : BEFORE_THE_PRACTICE_EXISTS) {
                shoot(newBrowser(), "http://localhost:" + setupPort + "/" + route, routes().get(route));
            }
        }
    }

    /**
     * Each route with parameters, and its path with them filled from the demo practice so that the
     * page shows data: Priya has libraries and requests, the chosen request has notes, and the
     * invitation and reset links are made for the picture through the services.
     */
    private Map<String, Supplier<String>> filled() {
        return Map.of(
                "clients/:clientId", () -> "clients/" + client("Priya Natarajan"),
                "clients/:clientId/extension", () -> "clients/" + client("Priya Natarajan") + "/extension",
                "clients/:clientId/requests", () -> "clients/" + client("Priya Natarajan") + "/requests",
                "requests/:requestId", () -> "requests/" + requestWithANote(),
                "templates/:templateId", () -> "templates/" + template("After an email rejection"),
                "invite/:token", () -> "invite/" + invitation(),
                "reset/:token", () -> "reset/" + resetLink());
    }

    /**
     * Opens the page and saves what a user sees, after failing if it is not the route itself: an
     * error status, a redirect elsewhere, an error text or notification, a script error.
     */
    private static void shoot(BrowserContext browser, String url, String name) {
        Page page = browser.newPage();
        List<String> scriptErrors = new ArrayList<>();
        page.onPageError(scriptErrors::add);
        try {
            Response response = page.navigate(url);
            VaadinPage.settle(page);
            assertThat(response.status()).as(url + " answers").isLessThan(400);
            assertThat(page.url()).as("still on the route, not sent elsewhere").isEqualTo(url);
            page.waitForFunction("() => [...document.querySelectorAll('.debrief-chart')]"
                    + ".every(chart => chart.dataset.drawn === 'true')");
            // Vaadin's loading bar would stripe the picture: idle, and faded out (Lumo fades it, not hides it)
            page.waitForFunction("() => [...document.querySelectorAll('.v-loading-indicator')]"
                    + ".every(bar => bar.style.display === 'none' && getComputedStyle(bar).opacity === '0')");
            for (String failure : FAILURE_TEXTS) {
                assertThat(page.getByText(failure).count()).as(url + " shows \"" + failure + "\"").isZero();
            }
            assertThat(page.locator("h1:text-is('Not found')").count()).as(url + " is not found").isZero();
            assertThat(page.locator("vaadin-notification-card[theme~='error']").count())
                    .as(url + " shows an error notification").isZero();
            assertThat(page.locator("h1, vaadin-login-form").count()).as(url + " shows a title").isPositive();
            assertThat(scriptErrors).as(url + " script errors").isEmpty();
            Chromium.screenshot(page, name);
        } finally {
            page.close();
        }
    }

    /** Each route and its picture's name, from the view class: ClientDetailView is route-client-detail. */
    private static Map<String, String> routes() {
        var routes = new TreeMap<String, String>();
        MAIN.stream()
                .filter(type -> type.isAnnotatedWith(Route.class))
                .forEach(type -> routes.put(type.getAnnotationOfType(Route.class).value(), pictureOf(type)));
        return routes;
    }

    private static String pictureOf(JavaClass view) {
        String words = view.getSimpleName().replaceFirst("View$", "").replaceAll("([a-z])([A-Z])", "$1-$2");
        return "route-" + words.toLowerCase(Locale.ROOT);
    }

    private static boolean anonymous(String route) {
        return MAIN.stream()
                .filter(type -> type.isAnnotatedWith(Route.class))
                .filter(type -> type.getAnnotationOfType(Route.class).value().equals(route))
                .anyMatch(type -> type.isAnnotatedWith(AnonymousAllowed.class));
    }

    private UUID client(String name) {
        return sql.select(CLIENT.ID).from(CLIENT).where(CLIENT.NAME.eq(name)).fetchSingle(CLIENT.ID);
    }

    private UUID requestWithANote() {
        return sql.select(FEEDBACK_REQUEST.ID).from(FEEDBACK_REQUEST)
                .where(FEEDBACK_REQUEST.ID.in(sql.select(REQUEST_NOTE.REQUEST_ID).from(REQUEST_NOTE)))
                .orderBy(FEEDBACK_REQUEST.REJECTION_AT.desc(), FEEDBACK_REQUEST.ID)
                .limit(1)
                .fetchSingle(FEEDBACK_REQUEST.ID);
    }

    private UUID template(String name) {
        return sql.select(TEMPLATE.ID).from(TEMPLATE).where(TEMPLATE.NAME.eq(name)).fetchSingle(TEMPLATE.ID);
    }

    /** A fresh invitation link's secret, made by the demo owner. */
    private String invitation() {
        return asOwner(() -> invitations.invite(new InvitationDraft("alex.morgan@example.com", "Alex Morgan",
                Role.COACH)).token());
    }

    /** A fresh password-reset link's secret for the demo coach, made by the demo owner. */
    private String resetLink() {
        UUID coach = sql.select(COACH.ID).from(COACH).where(COACH.EMAIL.eq(DemoAccounts.COACH_EMAIL))
                .fetchSingle(COACH.ID);
        return asOwner(() -> resets.issue(coach).token());
    }

    private <T> T asOwner(Supplier<T> call) {
        TestData.signIn((CoachPrincipal) accounts.loadUserByUsername(DemoAccounts.OWNER_EMAIL));
        try {
            return call.get();
        } finally {
            TestData.signOut();
        }
    }

    private BrowserContext newBrowser() {
        BrowserContext browser = Chromium.newContext();
        browsers.add(browser);
        return browser;
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
