package app.debrief.templates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateService;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The libraries view without a browser (Karibu-Testing), on the real services and database. */
@IntegrationTest
class TemplateLibrariesViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    private CoachPrincipal coach;

    @BeforeEach
    void signInToANewPractice() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void a_practice_without_libraries_is_told_to_create_one() {
        UI.getCurrent().navigate(LibrariesView.class);

        assertThat(_get(LibrariesView.class).getElement().getTextRecursively())
                .contains("Create a library to start");
    }

    @Test
    void a_search_that_matches_nothing_says_so_and_clearing_it_brings_the_templates_back() {
        UUID libraryId = libraries.create("Everyday replies", null);
        templates.create(libraryId, "After an email rejection", TemplateKind.EMAIL);
        UI.getCurrent().navigate(LibrariesView.class);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search names and text")), "zebra");

        assertThat(_get(LibrariesView.class).getElement().getTextRecursively())
                .contains("No template matches \u201czebra\u201d");
        _assertNone(H2.class, spec -> spec.withText("Everyday replies"));

        _click(_get(Button.class, spec -> spec.withText("Clear the filters")));

        _get(H2.class, spec -> spec.withText("Everyday replies"));
    }

    @Test
    void a_library_name_already_in_use_is_refused_at_the_name_field() {
        libraries.create("Everyday replies", null);
        UI.getCurrent().navigate(LibrariesView.class);

        _click(_get(Button.class, spec -> spec.withText("New library")));
        var dialog = _get(LibraryDialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
        _setValue(name, "Everyday replies");
        _click(_get(dialog, Button.class, spec -> spec.withText("Create")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("already has a library called \"Everyday replies\"");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    @CrossPracticeProbe(routes = "templates")
    void another_practices_libraries_and_templates_are_not_shown() {
        var data = new TestData(sql);
        CoachPrincipal victim = data.coach(data.practice(), Role.OWNER);
        BrowserlessPortal.stop();
        TestData.signIn(victim);
        UUID secretLibrary = libraries.create("Secret library of practice A", "Not for practice B");
        UUID secret = templates.create(secretLibrary, "Secret template of practice A", TemplateKind.EMAIL);
        templates.publish(secret, "Secret template of practice A", "Thanks", "Thank you for your time.", true);
        BrowserlessPortal.start(context, coach);

        UI.getCurrent().navigate(LibrariesView.class);

        String shown = _get(LibrariesView.class).getElement().getTextRecursively();
        assertThat(shown).contains("Create a library to start").doesNotContain("Secret");
        _assertNone(LibraryCard.class);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search names and text")), "Secret");

        assertThat(_get(LibrariesView.class).getElement().getTextRecursively())
                .contains("No template matches \u201cSecret\u201d");
        _assertNone(LibraryCard.class);
    }
}
