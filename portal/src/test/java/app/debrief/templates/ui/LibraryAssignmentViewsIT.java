package app.debrief.templates.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.ui.ClientsView;
import app.debrief.templates.AssignedClient;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Assigning libraries from the library's side and in bulk from the client book's selection, without a browser. */
@IntegrationTest
class LibraryAssignmentViewsIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    LibraryAssignmentService assignments;

    private CoachPrincipal coach;
    private UUID ada;
    private UUID bo;
    private UUID cy;
    private UUID library;

    @BeforeEach
    void aCoachWithThreeClientsAndALibrary() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        ada = data.client(coach, "Ada Ames");
        bo = data.client(coach, "Bo Brandt");
        cy = data.client(coach, "Cy Cole");
        var templates = new TestTemplates(sql);
        library = templates.library(coach, "Interview follow-ups");
        templates.published(coach, library, "Gentle nudge", app.debrief.templates.TemplateKind.FOLLOW_UP);
        BrowserlessPortal.start(context, coach);
    }

    @AfterEach
    void closeVaadin() {
        BrowserlessPortal.stop();
    }

    @Test
    void from_the_library_the_coach_picks_clients_by_name_and_removes_one_later() {
        UI.getCurrent().navigate(LibrariesView.class);
        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Assign Interview follow-ups to clients")));
        var dialog = _get(AssignToClientsDialog.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AssignToClientsDialog.ClientChoice> picker = _get(dialog, MultiSelectComboBox.class);
        assertThat(suggestions(picker, "")).containsExactly("Ada Ames \u00b7 " + ada + "@client.example.test",
                "Bo Brandt \u00b7 " + bo + "@client.example.test", "Cy Cole \u00b7 " + cy + "@client.example.test");
        assertThat(suggestions(picker, "bo")).containsExactly("Bo Brandt \u00b7 " + bo + "@client.example.test");
        picker.setValue(Set.of(choice(ada), choice(cy)));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        NotificationsKt.expectNotifications("Interview follow-ups assigned to 2 clients.");
        assertThat(clientsOfLibrary()).containsExactlyInAnyOrder(ada, cy);

        _click(_get(Button.class, spec -> spec.withAttribute("aria-label", "Assign Interview follow-ups to clients")));
        dialog = _get(AssignToClientsDialog.class);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<AssignToClientsDialog.ClientChoice> again = _get(dialog, MultiSelectComboBox.class);
        assertThat(again.getValue()).extracting(AssignToClientsDialog.ClientChoice::id).containsExactlyInAnyOrder(ada,
                cy);
        again.setValue(Set.of(choice(ada)));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));

        assertThat(clientsOfLibrary()).containsExactly(ada);
    }

    @Test
    void from_the_book_a_library_is_assigned_to_every_selected_client_and_removed_from_them() {
        UI.getCurrent().navigate(ClientsView.class);
        @SuppressWarnings("unchecked")
        Grid<ClientSummary> book = _get(Grid.class);
        var assign = _get(Button.class, spec -> spec.withText("Assign library\u2026"));
        assertThat(assign.isEnabled()).as("nothing selected yet").isFalse();

        book.select(GridKt._get(book, 0));
        book.select(GridKt._get(book, 1));
        _click(assign);
        var dialog = _get(SelectedClientsLibraryDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Assign a library to 2 clients");
        @SuppressWarnings("unchecked")
        ComboBox<?> choice = _get(dialog, ComboBox.class);
        ComboBoxKt.selectByLabel(choice, "Interview follow-ups");
        _click(_get(dialog, Button.class, spec -> spec.withText("Assign")));

        NotificationsKt.expectNotifications("Interview follow-ups assigned to 2 clients.");
        assertThat(clientsOfLibrary()).containsExactlyInAnyOrder(ada, bo);
        assertThat(book.getSelectedItems()).isEmpty();

        book.select(GridKt._get(book, 0));
        _click(_get(Button.class, spec -> spec.withText("Remove library\u2026")));
        dialog = _get(SelectedClientsLibraryDialog.class);
        assertThat(dialog.getHeaderTitle()).isEqualTo("Remove a library from Ada Ames");
        @SuppressWarnings("unchecked")
        ComboBox<?> removal = _get(dialog, ComboBox.class);
        ComboBoxKt.selectByLabel(removal, "Interview follow-ups");
        _click(_get(dialog, Button.class, spec -> spec.withText("Remove")));

        assertThat(clientsOfLibrary()).containsExactly(bo);
    }

    /** What the picker offers for what the coach typed, through its own lazy data provider. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static java.util.List<String> suggestions(MultiSelectComboBox<AssignToClientsDialog.ClientChoice> picker,
            String typed) {
        var provider = (com.vaadin.flow.data.provider.DataProvider) picker.getDataProvider();
        java.util.stream.Stream<AssignToClientsDialog.ClientChoice> items = provider.fetch(
                new com.vaadin.flow.data.provider.Query<>(0, 50, java.util.List.of(), null, typed));
        return items.map(picker.getItemLabelGenerator()::apply).toList();
    }

    private static AssignToClientsDialog.ClientChoice choice(UUID id) {
        return new AssignToClientsDialog.ClientChoice(id, "", "");
    }

    private java.util.List<UUID> clientsOfLibrary() {
        TestData.signIn(coach);
        return assignments.clientsOf(library).stream().map(AssignedClient::id).toList();
    }
}
