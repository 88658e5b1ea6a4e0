package app.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import app.debrief.testsupport.CrossPracticeProbe;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenancy, proved exhaustively: every public method of every service, every REST endpoint and every
 * portal route must be named by a test marked {@link CrossPracticeProbe}, which attacks it with
 * another practice's ids. A new method or route without such a test fails the build here.
 */
class TenancyCoverageTest {

    /**
     * The only entry points without a practice to cross, each with the reason. Everything else
     * needs a probe.
     */
    private static final Map<String, String> NO_TENANT_INPUT = Map.ofEntries(
            Map.entry("PracticeSetupService#isSetUp", "answers whether the one-time setup ran; no practice data"),
            Map.entry("PracticeSetupService#setUp", "creates the first practice, once per installation (SetupIT)"),
            Map.entry("PracticeSetupService#setUpDemo", "creates the demo practice at start-up, not reachable by users"),
            Map.entry("LoginThrottle#waitBefore", "keyed by the log-in email and address being tried, before anyone is signed in"),
            Map.entry("LoginThrottle#current", "read by the portal only through ThrottledLoginsService, which scopes it and is probed"),
            Map.entry("LoginThrottle#recordFailure", "keyed by the log-in email and address being tried"),
            Map.entry("LoginThrottle#recordSuccess", "keyed by the log-in email and address being tried"),
            Map.entry("PingController#ping", "answers that the server is up; reads nothing"),
            Map.entry("CoachDetailsService#loadUserByUsername", "the log-in itself: finds the account by its globally unique email"));

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.debrief")
            .that(com.tngtech.archunit.base.DescribedPredicate.not(
                    JavaClass.Predicates.resideInAPackage("app.debrief.testsupport..")));

    @Test
    void every_public_service_method_and_endpoint_has_a_cross_practice_probe() {
        Set<String> entryPoints = new TreeSet<>();
        for (JavaClass type : MAIN) {
            if (type.isAnnotatedWith(Service.class)) {
                type.getMethods().stream()
                        .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                        .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                        .filter(method -> !method.getModifiers().contains(JavaModifier.STATIC))
                        .map(TenancyCoverageTest::name)
                        .forEach(entryPoints::add);
            }
            if (type.isAnnotatedWith(RestController.class)) {
                type.getMethods().stream()
                        .filter(method -> method.isMetaAnnotatedWith(RequestMapping.class))
                        .map(TenancyCoverageTest::name)
                        .forEach(entryPoints::add);
            }
        }
        assertThat(entryPoints).as("services and controllers found").hasSizeGreaterThan(40);

        Set<String> probed = new TreeSet<>();
        probes().forEach(probe -> probed.addAll(Set.of(probe.methods())));

        Set<String> missing = new TreeSet<>(entryPoints);
        missing.removeAll(probed);
        missing.removeAll(NO_TENANT_INPUT.keySet());
        assertThat(missing).as("public service methods and endpoints no @CrossPracticeProbe test attacks").isEmpty();

        Set<String> stale = new TreeSet<>(probed);
        stale.removeAll(entryPoints);
        assertThat(stale).as("probes naming methods that do not exist (renamed?)").isEmpty();
        assertThat(NO_TENANT_INPUT.keySet()).as("exemptions naming methods that do not exist").isSubsetOf(entryPoints);
    }

    @Test
    void every_route_has_a_cross_practice_probe() {
        Set<String> routes = new TreeSet<>();
        for (JavaClass type : MAIN) {
            if (type.isAnnotatedWith(Route.class)) {
                routes.add(type.getAnnotationOfType(Route.class).value());
            }
        }
        assertThat(routes).as("routes found").contains("clients", "login");

        Set<String> probed = new TreeSet<>();
        probes().forEach(probe -> probed.addAll(Set.of(probe.routes())));

        Set<String> missing = new TreeSet<>(routes);
        missing.removeAll(probed);
        missing.remove("login"); // shows no practice data to anyone
        missing.remove("setup"); // the one-time setup page, closed once a practice exists (SetupViewIT)
        assertThat(missing).as("routes no @CrossPracticeProbe test opens across practices").isEmpty();
        Set<String> stale = new TreeSet<>(probed);
        stale.removeAll(routes);
        assertThat(stale).as("probes naming routes that do not exist").isEmpty();
    }

    /** The marked tests of the api module and of this one. */
    private static Stream<CrossPracticeProbe> probes() {
        var importer = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS);
        JavaClasses tests = importer.importPaths(Stream.of(Path.of("target", "test-classes"),
                Path.of("..", "api", "target", "test-classes")).filter(Files::isDirectory).toList());
        return tests.stream()
                .flatMap(type -> type.getMethods().stream())
                .filter(method -> method.isAnnotatedWith(CrossPracticeProbe.class))
                .map(method -> method.getAnnotationOfType(CrossPracticeProbe.class));
    }

    private static String name(JavaMethod method) {
        return method.getOwner().getSimpleName() + "#" + method.getName();
    }
}
