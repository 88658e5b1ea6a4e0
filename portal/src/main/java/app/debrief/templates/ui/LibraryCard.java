package app.debrief.templates.ui;

import java.time.Clock;
import java.util.Comparator;

import app.debrief.clients.ClientService;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.LibraryInUseException;
import app.debrief.templates.LibraryView;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateService;
import app.debrief.templates.TemplateSummary;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import com.vaadin.flow.router.RouterLink;

/** One library: what it is, who wrote it, its templates, and the changes its editors may make. */
final class LibraryCard extends Div {

    private final LibraryView library;
    private final TemplateLibraryService libraries;
    private final TemplateService templates;
    private final Runnable refresh;

    LibraryCard(LibraryView library, TemplateLibraryService libraries, TemplateService templates, Clock clock,
            ClientService clients, LibraryAssignmentService assignments, Runnable refresh) {
        this.library = library;
        this.libraries = libraries;
        this.templates = templates;
        this.refresh = refresh;
        addClassNames("debrief-card", "debrief-library");

        var title = new H2(library.name());
        title.addClassName("debrief-library-title");
        var heading = new HorizontalLayout(title);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        heading.setWidthFull();
        if (library.starter()) {
            var starter = new Span("Starter library");
            starter.getElement().getThemeList().add("badge");
            heading.add(starter);
        }
        var spacer = new Div();
        heading.addAndExpand(spacer);
        var assign = button("Assign to clients…", VaadinIcon.USERS,
                click -> new AssignToClientsDialog(library, clients, assignments).open());
        assign.setAriaLabel("Assign " + library.name() + " to clients");
        heading.add(assign);
        if (library.editable()) {
            heading.add(button("New template", VaadinIcon.PLUS, click -> newTemplate()),
                    button("Edit details", VaadinIcon.EDIT, click -> edit()),
                    button("Delete", VaadinIcon.TRASH, click -> confirmDelete()));
        }
        add(heading);

        var byline = new Paragraph((library.description() == null ? "" : library.description() + " · ") + "By "
                + library.authorName());
        byline.addClassName("debrief-muted");
        add(byline, templateGrid(clock));
    }

    private Grid<TemplateSummary> templateGrid(Clock clock) {
        var grid = new Grid<TemplateSummary>();
        grid.addComponentColumn(template -> new RouterLink(template.name(), TemplateEditorView.class,
                TemplateEditorView.parametersFor(template.id()))).setHeader("Template").setFlexGrow(3);
        grid.addColumn(template -> TemplateLabels.kind(template.kind())).setHeader("Kind").setFlexGrow(1);
        grid.addComponentColumn(template -> TemplateLabels.statusBadge(template.status())).setHeader("Status")
                .setFlexGrow(1);
        grid.addColumn(template -> template.currentVersion() == 0 ? "—" : "v" + template.currentVersion())
                .setHeader("Version").setFlexGrow(0).setWidth("6rem");
        grid.addColumn(template -> TemplateLabels.whenRelative(template.updatedAt(), clock))
                .setHeader("Last change").setFlexGrow(1);
        grid.setItems(library.templates().stream().sorted(Comparator.comparing(TemplateSummary::name)).toList());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(library.editable() ? "No templates yet: add the first with New template."
                : "No templates yet.");
        grid.addItemDoubleClickListener(event -> grid.getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class,
                TemplateEditorView.parametersFor(event.getItem().id()))));
        return grid;
    }

    private static Button button(String text, VaadinIcon icon,
            ComponentEventListener<ClickEvent<Button>> action) {
        var button = new Button(text, icon.create(), action);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void newTemplate() {
        new NewTemplateDialog(library, templates, id -> getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class,
                TemplateEditorView.parametersFor(id)))).open();
    }

    private void edit() {
        new LibraryDialog("Edit " + library.name(), "Save", library.name(), library.description(),
                (name, description) -> libraries.update(library.id(), name, description), refresh).open();
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog("Delete " + library.name() + "?",
                "Its draft templates are deleted with it. This cannot be undone.", "Delete", click -> delete());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void delete() {
        try {
            libraries.delete(library.id());
            Notification.show("Deleted " + library.name() + ".");
            refresh.run();
        } catch (LibraryInUseException e) {
            var problem = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            problem.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
