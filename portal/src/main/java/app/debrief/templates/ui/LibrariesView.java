package app.debrief.templates.ui;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.debrief.accounts.Roles;
import app.debrief.clients.ClientService;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.LibraryView;
import app.debrief.templates.TemplateFilter;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateService;
import app.debrief.templates.TemplateStatus;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The practice's template libraries, the starter library first, narrowed by words, kinds and statuses. */
@Route("templates")
@PageTitle("Templates · Debrief")
@RolesAllowed(Roles.COACH)
public class LibrariesView extends VerticalLayout {

    private static final int SEARCH_DELAY_MS = 400;

    private final TemplateLibraryService libraries;
    private final TemplateService templates;
    private final Clock clock;
    private final ClientService clients;
    private final LibraryAssignmentService assignments;
    private final TextField search = new TextField();
    private final MultiSelectComboBox<TemplateKind> kinds = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<TemplateStatus> statuses = new MultiSelectComboBox<>();
    private final Div content = new Div();

    public LibrariesView(TemplateLibraryService libraries, TemplateService templates, Clock clock,
            ClientService clients, LibraryAssignmentService assignments) {
        this.libraries = libraries;
        this.templates = templates;
        this.clock = clock;
        this.clients = clients;
        this.assignments = assignments;
        setPadding(true);

        var newLibrary = new Button("New library", VaadinIcon.PLUS.create(), click -> createLibrary());
        newLibrary.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var title = new HorizontalLayout(new H1("Templates"), newLibrary);
        title.setWidthFull();
        title.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(title, filters());

        content.addClassName("debrief-libraries");
        content.setWidthFull();
        add(content);
        refresh();
    }

    private HorizontalLayout filters() {
        search.setPlaceholder("Search names and text");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setAriaLabel("Search templates");
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.setWidth("20rem");
        search.addValueChangeListener(change -> refresh());

        kinds.setPlaceholder("Any kind");
        kinds.setAriaLabel("Kind");
        kinds.setItems(TemplateKind.values());
        kinds.setItemLabelGenerator(TemplateLabels::kind);
        kinds.addValueChangeListener(change -> refresh());

        statuses.setPlaceholder("Any status");
        statuses.setAriaLabel("Status");
        statuses.setItems(TemplateStatus.values());
        statuses.setItemLabelGenerator(TemplateLabels::status);
        statuses.addValueChangeListener(change -> refresh());

        var bar = new HorizontalLayout(search, kinds, statuses);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private TemplateFilter filter() {
        return new TemplateFilter(search.getValue().strip(), new ArrayList<>(kinds.getSelectedItems()),
                new ArrayList<>(statuses.getSelectedItems()));
    }

    private void refresh() {
        TemplateFilter filter = filter();
        List<LibraryView> found = libraries.libraries(filter).stream()
                .sorted(Comparator.comparing((LibraryView library) -> !library.starter()))
                .toList();
        content.removeAll();
        if (found.isEmpty() && filter.isEmpty()) {
            content.add(emptyState("There are no template libraries yet.",
                    "Create a library to start: give it a name, then add email, follow-up, phone and thank-you "
                            + "templates to it.",
                    new Button("New library", VaadinIcon.PLUS.create(), click -> createLibrary())));
        } else if (found.isEmpty() || found.stream().allMatch(library -> library.templates().isEmpty())) {
            content.add(emptyState("No template matches " + describe(filter) + ".",
                    "Try other words, or clear the filters to see every template.",
                    new Button("Clear the filters", VaadinIcon.CLOSE_SMALL.create(), click -> clearFilters())));
        } else {
            found.forEach(library -> content.add(new LibraryCard(library, libraries, templates, clock,
                    clients, assignments, this::refresh)));
        }
    }

    private static String describe(TemplateFilter filter) {
        var parts = new ArrayList<String>();
        if (!filter.search().isBlank()) {
            parts.add("\u201c" + filter.search() + "\u201d");
        }
        if (!filter.kinds().isEmpty()) {
            parts.add("the kinds " + String.join(", ", filter.kinds().stream().map(TemplateLabels::kind).toList()));
        }
        if (!filter.statuses().isEmpty()) {
            parts.add("the statuses " + String.join(", ",
                    filter.statuses().stream().map(TemplateLabels::status).toList()));
        }
        return String.join(" with ", parts);
    }

    private void clearFilters() {
        search.clear();
        kinds.clear();
        statuses.clear();
        refresh();
    }

    private static Div emptyState(String headline, String next, Button action) {
        var title = new Paragraph(headline);
        title.addClassName("debrief-empty-title");
        var hint = new Paragraph(next);
        hint.addClassName("debrief-muted");
        var state = new Div(title, hint, action);
        state.addClassNames("debrief-card", "debrief-empty-state");
        return state;
    }

    private void createLibrary() {
        new LibraryDialog("New library", "Create", "", null, libraries::create, this::refresh).open();
    }
}
