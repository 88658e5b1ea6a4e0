package app.debrief.ui.clientdetail;

import static app.debrief.db.jooq.Tables.CLIENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientStatus;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.ui.ClientProfileCard;
import app.debrief.clients.ui.ClientsView;
import app.debrief.connections.ui.ExtensionConnectionsPanel;
import app.debrief.templates.ClientTemplate;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.ui.ClientLibrariesPanel;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import app.debrief.ui.NotFoundView;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A client's detail page without a browser, on the real services and database. */
@IntegrationTest
class ClientDetailViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    LibraryAssignmentService assignments;

    private CoachPrincipal coach;
    private UUID client;
    private UUID email;

    @BeforeEach
    void aCoachWithAClientAndALibrary() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        client = data.client(coach, "Keiko Tanaka");
        var templates = new TestTemplates(sql);
        email = templates.published(coach, templates.library(coach, "Warm emails"), "Thank you first",
                TemplateKind.EMAIL);
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void a_click_on_a_client_in_the_book_opens_their_page_with_every_section() {
        UI.getCurrent().navigate(ClientsView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> book = _get(Grid.class);
        GridKt._clickItem(book, 0, "name", 1, false, false, false, false);

        assertThat(_get(H1.class).getText()).isEqualTo("Keiko Tanaka");
        _get(ClientProfileCard.class);
        _get(ClientLibrariesPanel.class);
        _get(ExtensionConnectionsPanel.class);
        assertThat(_get(ClientDetailView.class).getElement().getTextRecursively()).contains("No feedback requests yet.",
                "No library assigned yet", client + "@client.example.test");
    }

    @Test
    void assigning_a_library_shows_the_templates_the_client_will_get_and_removing_it_takes_them_away() {
        UI.getCurrent().navigate("clients/" + client);
        assertThat(GridKt._size(templatesGrid())).isZero();

        @SuppressWarnings("unchecked")
        ComboBox<?> library = _get(ComboBox.class, spec -> spec.withPlaceholder("Choose a library"));
        ComboBoxKt.selectByLabel(library, "Warm emails");
        _click(_get(Button.class, spec -> spec.withText("Assign")));

        NotificationsKt.expectNotifications("Assigned Warm emails.");
        assertThat(GridKt._size(templatesGrid())).isEqualTo(1);
        assertThat(GridKt._get(templatesGrid(), 0).templateId()).isEqualTo(email);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Remove Warm emails")));

        assertThat(GridKt._size(templatesGrid())).isZero();
        TestData.signIn(coach);
        assertThat(assignments.librariesOf(client)).isEmpty();
    }

    @Test
    void the_coach_creates_a_connection_code_and_archives_the_client_from_their_page() {
        UI.getCurrent().navigate("clients/" + client);

        _click(_get(Button.class, spec -> spec.withText("Create a connection code")));
        assertThat(_get(TextArea.class).getValue()).startsWith("DBR1.");

        _click(_get(Button.class, spec -> spec.withText("Archive")));
        NotificationsKt.expectNotifications("Archived Keiko Tanaka.");
        assertThat(sql.fetchValue(CLIENT.STATUS, CLIENT.ID.eq(client))).isEqualTo(ClientStatus.ARCHIVED);
        _get(Button.class, spec -> spec.withText("Restore"));
    }

    @Test
    void erasing_from_the_page_asks_for_the_name_and_returns_to_the_book() {
        UI.getCurrent().navigate("clients/" + client);

        _click(_get(Button.class, spec -> spec.withText("Erase")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Type the client's name to confirm")), "Keiko Tanaka");
        _click(_get(Button.class, spec -> spec.withText("Erase for good")));

        _get(ClientsView.class);
        assertThat(sql.fetchValue(CLIENT.STATUS, CLIENT.ID.eq(client))).isEqualTo(ClientStatus.ERASED);
        UI.getCurrent().navigate("clients/" + client);
        _get(NotFoundView.class);
    }

    @Test
    @CrossPracticeProbe(routes = {"clients/:clientId"})
    void another_practices_client_or_a_colleagues_is_not_found_and_shows_nothing_of_them() {
        var data = new TestData(sql);
        CoachPrincipal stranger = data.coach(data.practice(), Role.OWNER);
        UUID foreign = data.client(stranger, "Not Yours At All");
        CoachPrincipal colleague = data.coach(coach.practiceId(), Role.COACH);
        UUID colleagues = data.client(colleague, "A Colleague's Client");

        for (String id : new String[] {foreign.toString(), colleagues.toString(), "not-a-uuid"}) {
            UI.getCurrent().navigate("clients/" + id);

            _get(NotFoundView.class);
            _assertNone(ClientDetailView.class);
            assertThat(_get(NotFoundView.class).getElement().getTextRecursively())
                    .contains("This client does not exist, or is not yours to see.")
                    .doesNotContain("Not Yours At All", "A Colleague's Client");
        }
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientTemplate> templatesGrid() {
        return _get(_get(ClientLibrariesPanel.class), Grid.class);
    }
}
