package app.debrief.templates.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.debrief.clients.ClientFilter;
import app.debrief.clients.ClientOrder;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientStatus;
import app.debrief.templates.AssignedClient;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.LibraryView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The library's side of assignments: the clients who get it, searchable by the start of a name or
 * email; adding or removing clients here assigns or removes the library, for all of them in one step.
 */
final class AssignToClientsDialog extends Dialog {

    /** A client as the picker shows it; equal by id, whichever side it was loaded from. */
    record ClientChoice(UUID id, String name, String email) {

        @Override
        public boolean equals(Object other) {
            return other instanceof ClientChoice choice && choice.id.equals(id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        String label() {
            return email.isEmpty() ? name : name + " \u00b7 " + email;
        }
    }

    private final MultiSelectComboBox<ClientChoice> picker = new MultiSelectComboBox<>("Clients who get this library");

    AssignToClientsDialog(LibraryView library, ClientService clients, LibraryAssignmentService assignments) {
        setHeaderTitle("Assign " + library.name() + " to clients");
        Set<ClientChoice> before = assignments.clientsOf(library.id()).stream()
                .map(AssignToClientsDialog::choice).collect(Collectors.toSet());

        picker.setItems(query -> clients.page(new ClientFilter(query.getFilter().orElse(""), ClientStatus.ACTIVE, null),
                        ClientOrder.BY_NAME, query.getOffset(), query.getLimit()).stream()
                .map(client -> new ClientChoice(client.id(), client.name(), client.email() == null ? ""
                        : client.email())));
        picker.setItemLabelGenerator(ClientChoice::label);
        picker.setPlaceholder("Type the start of a name or email");
        picker.setHelperText("Their browser extension offers the library's published templates.");
        picker.setWidth("32rem");
        picker.setValue(before);
        var hint = new Paragraph("Pick active clients to add; remove a chip to take the library away from a client.");
        hint.addClassName("debrief-muted");
        add(hint, picker);

        var save = new Button("Save", click -> {
            save(library, assignments, before);
            close();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(opened -> picker.focus());
    }

    private void save(LibraryView library, LibraryAssignmentService assignments, Set<ClientChoice> before) {
        Set<UUID> chosen = ids(picker.getValue());
        Set<UUID> had = ids(before);
        var added = new HashSet<>(chosen);
        added.removeAll(had);
        var removed = new HashSet<>(had);
        removed.removeAll(chosen);
        assignments.assign(library.id(), added);
        assignments.unassign(library.id(), removed);
        Notification.show(summary(library.name(), added.size(), removed.size()), 3000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static String summary(String library, int added, int removed) {
        if (added == 0 && removed == 0) {
            return "Nothing changed for " + library + ".";
        }
        var parts = new java.util.ArrayList<String>();
        if (added > 0) {
            parts.add("assigned to " + clients(added));
        }
        if (removed > 0) {
            parts.add("removed from " + clients(removed));
        }
        return library + " " + String.join(" and ", parts) + ".";
    }

    private static String clients(int count) {
        return count == 1 ? "1 client" : count + " clients";
    }

    private static Set<UUID> ids(Set<ClientChoice> choices) {
        return choices.stream().map(ClientChoice::id).collect(Collectors.toSet());
    }

    private static ClientChoice choice(AssignedClient client) {
        return new ClientChoice(client.id(), client.name(), client.email() == null ? "" : client.email());
    }
}
