package app.debrief.templates.ui;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.debrief.templates.ClientTemplate;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.LibraryView;
import app.debrief.templates.TemplateFilter;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateStatus;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * A client's template libraries, to assign and remove, and the templates the client's extension gets
 * from them right now (plus the practice's follow-up template), exactly as the API answers it.
 */
public class ClientLibrariesPanel extends Div {

    private final TemplateLibraryService libraries;
    private final LibraryAssignmentService assignments;
    private final UUID clientId;
    private final Div assigned = new Div();
    private final ComboBox<LibraryView> toAssign = new ComboBox<>();
    private final Button assign = new Button("Assign", VaadinIcon.PLUS.create());
    private final Grid<ClientTemplate> templates = new Grid<>();

    public ClientLibrariesPanel(TemplateLibraryService libraries, LibraryAssignmentService assignments, UUID clientId) {
        this.libraries = libraries;
        this.assignments = assignments;
        this.clientId = clientId;
        addClassName("debrief-client-libraries");

        var librariesCard = new Div(title("Template libraries"), assigned, assignBar());
        librariesCard.addClassName("debrief-card");
        assigned.addClassName("debrief-assigned-libraries");

        templates.addColumn(ClientTemplate::name).setHeader("Template").setFlexGrow(3);
        templates.addColumn(template -> TemplateLabels.kind(template.kind())).setHeader("Kind").setAutoWidth(true)
                .setFlexGrow(0);
        templates.addComponentColumn(ClientLibrariesPanel::source).setHeader("From").setFlexGrow(1);
        templates.setAllRowsVisible(true);
        // the page gives this grid half its width: long template names wrap rather than end in "…"
        templates.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        templates.setEmptyStateText("None yet: assign a library with published templates, and the extension "
                + "offers them to this client.");
        var hint = new Paragraph("What the client's browser extension offers right now: the published templates of "
                + "their libraries, and the practice's follow-up template.");
        hint.addClassName("debrief-muted");
        var templatesCard = new Div(title("Templates the client gets"), hint, templates);
        templatesCard.addClassName("debrief-card");
        add(librariesCard, templatesCard);
        refresh();
    }

    private static H2 title(String text) {
        var title = new H2(text);
        title.addClassName("debrief-section-title");
        return title;
    }

    private HorizontalLayout assignBar() {
        toAssign.setPlaceholder("Choose a library");
        toAssign.setAriaLabel("Library to assign");
        toAssign.setItemLabelGenerator(LibraryView::name);
        toAssign.setWidth("18rem");
        toAssign.addValueChangeListener(change -> assign.setEnabled(change.getValue() != null));
        assign.setEnabled(false);
        assign.addClickListener(click -> assignChosen());
        var bar = new HorizontalLayout(toAssign, assign);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void assignChosen() {
        LibraryView library = toAssign.getValue();
        if (library == null) {
            return;
        }
        assignments.assign(library.id(), Set.of(clientId));
        saved("Assigned " + library.name() + ".");
        refresh();
    }

    private void unassign(LibraryView library) {
        assignments.unassign(library.id(), Set.of(clientId));
        saved("Removed " + library.name() + ".");
        refresh();
    }

    private void refresh() {
        List<LibraryView> all = libraries.libraries(TemplateFilter.NONE).stream()
                .sorted(Comparator.comparing(LibraryView::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Set<UUID> ids = new HashSet<>(assignments.librariesOf(clientId));
        assigned.removeAll();
        List<LibraryView> mine = all.stream().filter(library -> ids.contains(library.id())).toList();
        if (mine.isEmpty()) {
            var none = new Paragraph("No library assigned yet: choose one below, and the client's extension offers "
                    + "its published templates.");
            none.addClassName("debrief-muted");
            assigned.add(none);
        }
        mine.forEach(library -> assigned.add(assignedRow(library)));
        toAssign.setItems(all.stream().filter(library -> !ids.contains(library.id())).toList());
        toAssign.clear();
        templates.setItems(assignments.templatesOf(clientId));
    }

    private Component assignedRow(LibraryView library) {
        long published = library.templates().stream()
                .filter(template -> template.status() == TemplateStatus.PUBLISHED).count();
        var name = new Span(library.name());
        name.addClassName("debrief-assigned-name");
        var count = new Span(published == 1 ? "1 published template" : published + " published templates");
        count.addClassName("debrief-muted");
        var remove = new Button("Remove", click -> unassign(library));
        remove.setAriaLabel("Remove " + library.name());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var row = new HorizontalLayout(name, count, remove);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        row.expand(count);
        row.addClassName("debrief-assigned-library");
        return row;
    }

    private static Component source(ClientTemplate template) {
        var library = new Span(template.library());
        if (!template.practiceFollowUp()) {
            return library;
        }
        var badge = new Span("Follow-up for every client");
        badge.getElement().getThemeList().add("badge");
        var both = new HorizontalLayout(library, badge);
        both.setSpacing(true);
        both.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return both;
    }

    private static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
