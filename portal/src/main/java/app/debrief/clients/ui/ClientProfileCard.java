package app.debrief.clients.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import app.debrief.clients.ClientDraft;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientStatus;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.CoachOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.jspecify.annotations.Nullable;

/**
 * A client's profile on their detail page: what the coach knows of them, and the changes the client
 * book offers (edit, archive or restore, erase), with the same dialogs.
 */
public class ClientProfileCard extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    private final ClientService clients;
    private final boolean owner;
    private final Runnable changed;
    private final Runnable erased;

    /**
     * @param changed called after an edit, archive or restore, to show the client anew
     * @param erased called after the client was erased: there is nothing left to show
     */
    public ClientProfileCard(ClientService clients, ClientSummary client, boolean owner, Runnable changed,
            Runnable erased) {
        this.clients = clients;
        this.owner = owner;
        this.changed = changed;
        this.erased = erased;
        addClassNames("debrief-card", "debrief-client-profile");

        var title = new H2("Profile");
        title.addClassName("debrief-section-title");
        var facts = new Div(fact("Email", client.email()), fact("Target field", client.targetField()),
                fact("Status", client.status() == ClientStatus.ACTIVE ? "Active" : "Archived"),
                fact("Coach", client.coachName()), fact("Added", DAY.format(client.createdAt())));
        facts.addClassName("debrief-facts");

        var edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> edit(client));
        var archive = client.status() == ClientStatus.ACTIVE
                ? new Button("Archive", VaadinIcon.ARCHIVE.create(), click -> setArchived(client, true))
                : new Button("Restore", VaadinIcon.ARROW_BACKWARD.create(), click -> setArchived(client, false));
        var erase = new Button("Erase", VaadinIcon.TRASH.create(),
                click -> new EraseClientDialog(client, () -> erase(client)).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var actions = new Div(edit, archive, erase);
        actions.addClassName("debrief-actions");
        add(title, facts, actions);
    }

    private static Div fact(String label, @Nullable String value) {
        var name = new Span(label);
        name.addClassName("debrief-fact-label");
        var text = new Span(value == null || value.isBlank() ? "\u2014" : value);
        var fact = new Div(name, text);
        fact.addClassName("debrief-fact");
        return fact;
    }

    private void edit(ClientSummary client) {
        var current = new ClientDraft(client.name(), client.email(), client.targetField(), client.coachId());
        List<CoachOption> coaches = owner ? clients.coaches() : List.of();
        new ClientDialog("Edit " + client.name(), "Save", current, coaches, owner, draft -> {
            clients.update(client.id(), draft);
            saved("Saved " + draft.name().strip() + ".");
        }, changed).open();
    }

    private void setArchived(ClientSummary client, boolean archive) {
        if (archive) {
            clients.archive(client.id());
            saved("Archived " + client.name() + ".");
        } else {
            clients.restore(client.id());
            saved("Restored " + client.name() + ".");
        }
        changed.run();
    }

    private void erase(ClientSummary client) {
        clients.erase(client.id());
        saved("Erased the client's personal data.");
        erased.run();
    }

    private static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
