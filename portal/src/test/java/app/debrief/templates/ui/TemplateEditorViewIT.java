package app.debrief.templates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertDisabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertEnabled;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertReadOnly;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.templates.CheckId;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateService;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The template editor without a browser (Karibu-Testing), on the real services and database. */
@IntegrationTest
class TemplateEditorViewIT {

    private static final String WITHOUT_THANKS = "Dear {{interviewer_name|Hiring Team}},\n\n"
            + "I accept your decision and I want to improve as a candidate.\n"
            + "Could you tell me one skill I should work on first?\n\n{{my_name}}";
    private static final String WITH_THANKS = "Dear {{interviewer_name|Hiring Team}},\n\n"
            + "Thank you for your time and for interviewing me.\n"
            + "I accept your decision and I want to improve as a candidate.\n"
            + "Could you tell me one skill I should work on first?\n\n{{my_name}}";

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    private CoachPrincipal coach;
    private UUID templateId;

    @BeforeEach
    void openAnEmailTemplate() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        BrowserlessPortal.start(context, coach);

        UUID libraryId = libraries.create("Everyday replies", null);
        templateId = templates.create(libraryId, "After an email rejection", TemplateKind.EMAIL);
        UI.getCurrent().navigate(TemplateEditorView.class, TemplateEditorView.parametersFor(templateId));
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void the_checklist_turns_from_warning_to_passed_as_the_author_adds_thanks() {
        _setValue(body(), WITHOUT_THANKS);
        assertThat(outcomeOf(CheckId.THANKS_EMPLOYER)).isEqualTo("WARN");

        _setValue(body(), WITH_THANKS);

        assertThat(outcomeOf(CheckId.THANKS_EMPLOYER)).isEqualTo("PASS");
        assertThat(_get(Div.class, spec -> spec.withAttribute("data-check", CheckId.THANKS_EMPLOYER.name()))
                .getElement().getTextRecursively()).contains("Thank you for your time");
    }

    @Test
    void publishing_with_warnings_asks_first_and_the_version_records_who_confirmed() {
        _setValue(body(), WITHOUT_THANKS);

        _click(publishButton());
        ConfirmDialog confirmation = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirmation)).startsWith("Publish with");
        assertThat(confirmation.getElement().getTextRecursively()).contains(CheckId.THANKS_EMPLOYER.title());
        assertThat(templates.history(templateId)).as("nothing is published before confirming").isEmpty();

        ConfirmDialogKt._fireConfirm(confirmation);

        NotificationsKt.expectNotifications("Version 1 published");
        var published = templates.history(templateId).getFirst();
        assertThat(published.warnings()).contains(CheckId.THANKS_EMPLOYER);
        assertThat(published.warningsConfirmedBy()).isEqualTo(coach.displayName());
        _click(_get(Button.class, spec -> spec.withText("Version history")));
        Grid<?> versions = _get(_get(VersionHistoryDialog.class), Grid.class);
        assertThat(GridKt._getFormattedRow(versions, 0))
                .anySatisfy(cell -> assertThat(cell).endsWith("confirmed by " + coach.displayName()));
    }

    @Test
    void a_misspelt_placeholder_is_shown_at_its_line_and_column_and_blocks_publishing() {
        _setValue(body(), "Dear {{interviewer_name}},\nHello {{nmae}}, thank you.");

        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anySatisfy(error -> assertThat(error)
                        .startsWith("Body, line 2, column 9: There is no placeholder called \"nmae\""));
        _assertDisabled(publishButton());

        _setValue(body(), WITH_THANKS);

        assertThat(_find(ListItem.class)).isEmpty();
        _assertEnabled(publishButton());
    }

    @Test
    void an_unknown_template_shows_a_friendly_page_instead_of_an_error() {
        UI.getCurrent().navigate(TemplateEditorView.class, TemplateEditorView.parametersFor(UUID.randomUUID()));

        assertThat(_get(H1.class).getText()).isEqualTo("Template not found");
        assertThat(_get(TemplateEditorView.class).getElement().getTextRecursively())
                .contains("This template does not exist or is not yours to see");
    }

    @Test
    void another_coach_reads_the_template_but_cannot_change_it() {
        CoachPrincipal colleague = new TestData(sql).coach(coach.practiceId(), Role.COACH);
        BrowserlessPortal.stop();
        BrowserlessPortal.start(context, colleague);

        UI.getCurrent().navigate(TemplateEditorView.class, TemplateEditorView.parametersFor(templateId));

        _assertReadOnly(body());
        _assertNone(Button.class, spec -> spec.withText("Publish"));
        _assertNone(PlaceholderPalette.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("debrief-read-only-note")).getText())
                .contains("Only the library's author and the practice owner can change it");
    }

    @Test
    @CrossPracticeProbe(routes = "templates/:templateId")
    void the_owner_of_another_practice_finds_no_such_template() {
        _setValue(body(), WITH_THANKS);
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        var data = new TestData(sql);
        CoachPrincipal intruder = data.coach(data.practice(), Role.OWNER);
        BrowserlessPortal.stop();
        BrowserlessPortal.start(context, intruder);

        UI.getCurrent().navigate(TemplateEditorView.class, TemplateEditorView.parametersFor(templateId));

        assertThat(_get(H1.class).getText()).isEqualTo("Template not found");
        assertThat(_get(TemplateEditorView.class).getElement().getTextRecursively())
                .doesNotContain("After an email rejection").doesNotContain("Everyday replies");
        _assertNone(TextArea.class);
        _assertNone(Button.class, spec -> spec.withText("Publish"));
        _assertNone(Button.class, spec -> spec.withText("Version history"));

        BrowserlessPortal.stop();
        TestData.signIn(coach);
        var untouched = templates.load(templateId);
        assertThat(untouched.name()).isEqualTo("After an email rejection");
        assertThat(untouched.body()).isEqualTo(WITH_THANKS);
    }

    private static TextArea body() {
        return _get(TextArea.class, spec -> spec.withId("template-body"));
    }

    private static Button publishButton() {
        return _get(Button.class, spec -> spec.withText("Publish"));
    }

    private static String outcomeOf(CheckId check) {
        return _get(Div.class, spec -> spec.withAttribute("data-check", check.name()))
                .getElement().getAttribute("data-outcome");
    }
}
