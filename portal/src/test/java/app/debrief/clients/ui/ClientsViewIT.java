package app.debrief.clients.ui;

import static app.debrief.db.jooq.Tables.CLIENT;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientDraft;
import app.debrief.clients.ClientFilter;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.CoachOption;
import app.debrief.testsupport.BrowserlessPortal;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The client book without a browser (Karibu-Testing), on the real services and database. */
@IntegrationTest
class ClientsViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext sql;

    @Autowired
    ClientService clients;

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
    void an_empty_book_says_what_to_do_next() {
        UI.getCurrent().navigate(ClientsView.class);

        assertThat(grid().getEmptyStateComponent().getElement().getTextRecursively())
                .contains("No clients yet — add your first client");
    }

    @Test
    void the_first_client_is_added_from_the_empty_book_and_appears_in_it() {
        UI.getCurrent().navigate(ClientsView.class);

        _click(_get(grid().getEmptyStateComponent(), Button.class, spec -> spec.withText("Add client")));
        var dialog = _get(ClientDialog.class);
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Name")), "Ada Lovelace");
        _setValue(_get(dialog, EmailField.class, spec -> spec.withLabel("Email")), "ada@example.com");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Target field")), "Engineering");
        _click(_get(dialog, Button.class, spec -> spec.withText("Add")));

        NotificationsKt.expectNotifications("Added Ada Lovelace.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0)).satisfies(client -> {
            assertThat(client.name()).isEqualTo("Ada Lovelace");
            assertThat(client.email()).isEqualTo("ada@example.com");
            assertThat(client.coachId()).isEqualTo(coach.coachId());
        });
    }

    @Test
    void a_missing_name_and_a_taken_email_are_shown_at_their_fields() {
        clients.create(new ClientDraft("Ada Lovelace", "ada@example.com", null, null));
        UI.getCurrent().navigate(ClientsView.class);

        _click(_get(Button.class, spec -> spec.withText("Add client")));
        var dialog = _get(ClientDialog.class);
        var name = _get(dialog, TextField.class, spec -> spec.withLabel("Name"));
        var email = _get(dialog, EmailField.class, spec -> spec.withLabel("Email"));
        _click(_get(dialog, Button.class, spec -> spec.withText("Add")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("A client needs a name.");

        _setValue(name, "Ada Again");
        _setValue(email, "ada@example.com");
        _click(_get(dialog, Button.class, spec -> spec.withText("Add")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Another client of the practice already uses this email.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(clients.count()).isEqualTo(1);
    }

    @Test
    void erasing_asks_for_the_clients_name_typed_before_it_works() {
        UUID ada = clients.create(new ClientDraft("Ada Lovelace", "ada@example.com", "Engineering", null));
        UI.getCurrent().navigate(ClientsView.class);

        var actions = GridKt._getCellComponent(grid(), 0, "actions");
        _click(_get(actions, Button.class, spec -> spec.withAttribute("aria-label", "Erase Ada Lovelace")));
        var dialog = _get(EraseClientDialog.class);
        var typed = _get(dialog, TextField.class, spec -> spec.withLabel("Type the client's name to confirm"));
        var erase = _get(dialog, Button.class, spec -> spec.withText("Erase for good"));
        assertThat(erase.isEnabled()).isFalse();

        _setValue(typed, "Ada");
        assertThat(erase.isEnabled()).isFalse();

        _setValue(typed, "Ada Lovelace");
        _click(erase);

        assertThat(clients.count(ClientFilter.ALL)).isZero();
        assertThat(GridKt._size(grid())).isZero();
        assertThat(sql.fetchValue(CLIENT.NAME, CLIENT.ID.eq(ada))).isEqualTo("Erased client");
    }

    @Test
    @CrossPracticeProbe(routes = "clients")
    void the_owner_of_another_practice_sees_none_of_this_practices_clients_or_coaches() {
        var data = new TestData(sql);
        CoachPrincipal victim = data.coach(data.practice(), Role.OWNER);
        data.client(victim, "Victoria Victim");
        data.client(data.coach(victim.practiceId(), Role.COACH), "Vincent Victim");
        CoachPrincipal intruder = data.coach(data.practice(), Role.OWNER);
        UUID own = data.client(intruder, "Ingrid Intruder-client");
        BrowserlessPortal.stop();
        BrowserlessPortal.start(context, intruder);

        UI.getCurrent().navigate(ClientsView.class);
        @SuppressWarnings("unchecked")
        Select<ClientsView.StatusChoice> status = _get(Select.class);
        _setValue(status, ClientsView.StatusChoice.BOTH);

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo(own);
        @SuppressWarnings("unchecked")
        ComboBox<CoachOption> coaches = _get(ComboBox.class);
        assertThat(coaches.getListDataView().getItems().map(CoachOption::id)).containsExactly(intruder.coachId());

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Name or email starts with")), "Vi");
        assertThat(GridKt._size(grid())).isZero();
        assertThat(grid().getEmptyStateComponent().getElement().getTextRecursively())
                .contains("No client matches these filters");
    }

    @SuppressWarnings("unchecked")
    private static Grid<ClientSummary> grid() {
        return _get(Grid.class);
    }
}
