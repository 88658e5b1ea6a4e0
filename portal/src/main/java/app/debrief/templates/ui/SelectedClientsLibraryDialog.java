package app.debrief.templates.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.debrief.clients.ClientSummary;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.LibraryView;
import app.debrief.templates.TemplateFilter;
import app.debrief.templates.TemplateLibraryService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** One library, assigned to (or removed from) every client selected in the client book, in one step. */
final class SelectedClientsLibraryDialog extends Dialog {

    private final ComboBox<LibraryView> library = new ComboBox<>("Library");

    SelectedClientsLibraryDialog(boolean assign, List<ClientSummary> selected, TemplateLibraryService libraries,
            LibraryAssignmentService assignments, Runnable done) {
        String clients = selected.size() == 1 ? selected.getFirst().name() : selected.size() + " clients";
        setHeaderTitle((assign ? "Assign a library to " : "Remove a library from ") + clients);
        library.setItems(libraries.libraries(TemplateFilter.NONE).stream()
                .sorted(Comparator.comparing(LibraryView::name, String.CASE_INSENSITIVE_ORDER)).toList());
        library.setItemLabelGenerator(LibraryView::name);
        library.setWidth("24rem");
        library.setRequiredIndicatorVisible(true);
        var names = new Paragraph(selected.stream().map(ClientSummary::name).sorted().limit(8)
                .collect(Collectors.joining(", ")) + (selected.size() > 8 ? " and " + (selected.size() - 8) + " more"
                : ""));
        names.addClassName("debrief-muted");
        names.setMaxWidth("24rem");
        add(names, library);

        var confirm = new Button(assign ? "Assign" : "Remove", click -> {
            LibraryView chosen = library.getValue();
            if (chosen == null) {
                library.setErrorMessage("Choose a library.");
                library.setInvalid(true);
                return;
            }
            Set<UUID> ids = selected.stream().map(ClientSummary::id).collect(Collectors.toSet());
            if (assign) {
                assignments.assign(chosen.id(), ids);
            } else {
                assignments.unassign(chosen.id(), ids);
            }
            Notification.show(chosen.name() + (assign ? " assigned to " : " removed from ") + clients + ".", 3000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            done.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!assign) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        confirm.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        addOpenedChangeListener(opened -> library.focus());
    }
}
