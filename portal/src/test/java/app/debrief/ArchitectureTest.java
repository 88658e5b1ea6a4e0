package app.debrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/** The shape CONVENTIONS.md asks for, checked on every build: portal, api and db classes together. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("app.debrief");

    private static final JavaClasses ALL_MODULES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
            .importPackages("app.debrief");

    @Test
    void only_views_security_and_the_application_class_use_vaadin() {
        noClasses().that().resideOutsideOfPackages("..ui..", "..security..")
                .and().doNotHaveFullyQualifiedName(DebriefApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(ALL_MODULES);
    }

    @Test
    void nothing_asks_for_npm_or_a_frontend_build() {
        noClasses().should().beAnnotatedWith("com.vaadin.flow.component.dependency.NpmPackage")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.NpmPackage.Container")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JsModule")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JsModule.Container")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.CssImport")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.CssImport.Container")
                .orShould().beAnnotatedWith("com.vaadin.flow.component.dependency.JavaScript")
                .orShould().beAnnotatedWith("com.vaadin.flow.theme.Theme")
                .because("the portal builds with Vaadin's ready-made bundle, without npm or Node")
                .check(ALL_MODULES);
    }

    @Test
    void there_is_no_custom_theme_or_frontend_source_folder() {
        // the Vaadin plugin generates into target/frontend: anything in src/ was written by hand
        assertThat(Path.of("src", "main", "frontend")).doesNotExist();
        assertThat(Path.of("src", "main", "resources", "META-INF", "resources", "themes")).doesNotExist();
    }

    @Test
    void every_view_and_layout_says_who_may_open_it() {
        classes().that().areAnnotatedWith("com.vaadin.flow.router.Route")
                .or().areAnnotatedWith("com.vaadin.flow.router.Layout")
                .should().beAnnotatedWith("jakarta.annotation.security.RolesAllowed")
                .orShould().beAnnotatedWith("jakarta.annotation.security.PermitAll")
                .orShould().beAnnotatedWith("com.vaadin.flow.server.auth.AnonymousAllowed")
                .orShould().beAnnotatedWith("jakarta.annotation.security.DenyAll")
                .check(CLASSES);
    }

    @Test
    void features_do_not_depend_on_each_other_in_circles() {
        // the generated schema classes name the domain enums; the schema is not a feature
        slices().matching("app.debrief.(*)..").should().beFreeOfCycles()
                .check(ALL_MODULES.that(com.tngtech.archunit.core.domain.JavaClass.Predicates
                        .resideOutsideOfPackage("app.debrief.db..")));
    }

    @Test
    void time_comes_from_the_injected_clock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("tests travel in time through java.time.Clock")
                .check(ALL_MODULES);
    }

    @Test
    void sql_is_written_in_package_private_repositories() {
        noClasses().that().areNotAnnotatedWith(org.springframework.stereotype.Repository.class)
                .and().resideOutsideOfPackage("app.debrief.db.jooq..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
                .check(ALL_MODULES);
        classes().that().areAnnotatedWith(org.springframework.stereotype.Repository.class)
                .should().notBePublic()
                .check(ALL_MODULES);
    }

    @Test
    void every_package_says_its_nullability_once() {
        var packages = new TreeSet<String>();
        ALL_MODULES.stream()
                .map(javaClass -> javaClass.getPackageName())
                .filter(name -> !name.startsWith("app.debrief.db.jooq"))
                .forEach(packages::add);
        assertThat(packages).isNotEmpty().allSatisfy(name -> assertThat(nullMarked(name))
                .as("package-info.java with @NullMarked in " + name).isTrue());
    }

    private static boolean nullMarked(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
