package app.debrief.clients.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Roles;
import app.debrief.clients.ClientDraft;
import app.debrief.clients.ClientFilter;
import app.debrief.clients.ClientOrder;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientSort;
import app.debrief.clients.ClientStatus;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.CoachOption;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The client book: the coach's own clients, or every client of the practice for its owner. Sorting,
 * searching and paging happen in the database; the export writes what the filters show.
 */
@Route("clients")
@PageTitle("Clients · Debrief")
@RolesAllowed(Roles.COACH)
public class ClientsView extends VerticalLayout {

    private static final int SEARCH_DELAY_MS = 400;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneOffset.UTC);

    /** The status filter's choices: erased clients are never listed. */
    enum StatusChoice {
        ACTIVE("Active", ClientStatus.ACTIVE),
        ARCHIVED("Archived", ClientStatus.ARCHIVED),
        BOTH("Active and archived", null);

        final String label;
        final @Nullable ClientStatus status;

        StatusChoice(String label, @Nullable ClientStatus status) {
            this.label = label;
            this.status = status;
        }
    }

    private final ClientService clients;
    private final List<ClientSelectionAction> selectionActions;
    private final boolean owner;
    private final TextField search = new TextField();
    private final Select<StatusChoice> status = new Select<>();
    private final ComboBox<CoachOption> coach = new ComboBox<>();
    private final Grid<ClientSummary> grid = new Grid<>();
    private final Span selectedCount = new Span();
    private final HorizontalLayout selectionBar = new HorizontalLayout();
    // read by the download request, which does not hold the UI's lock
    private volatile ClientFilter filter = new ClientFilter("", ClientStatus.ACTIVE, null);
    private volatile ClientOrder order = ClientOrder.BY_NAME;

    public ClientsView(ClientService clients, AuthenticationContext authentication,
            ObjectProvider<ClientSelectionAction> selectionActions) {
        this.clients = clients;
        this.selectionActions = selectionActions.orderedStream().toList();
        this.owner = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow().isOwner();
        setSizeFull();

        var addClient = new Button("Add client", VaadinIcon.PLUS.create(), click -> addClient());
        addClient.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var importCsv = new Button("Import CSV", VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ClientImportView.class)));
        var export = new Anchor(this::export, AttachmentType.DOWNLOAD, "Export CSV");
        export.setAriaLabel("Export the listed clients as CSV");
        var actions = new HorizontalLayout(export, importCsv, addClient);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var title = new HorizontalLayout(new H1("Clients"), actions);
        title.setWidthFull();
        title.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        add(title, filters());
        configureGrid();
        configureSelectionBar();
        add(selectionBar);
        addAndExpand(grid);
        refresh();
    }

    /** Acts on every selected client at once: assigning a library to twenty clients is one step. */
    private void configureSelectionBar() {
        selectedCount.addClassName("debrief-muted");
        selectionBar.add(selectedCount);
        for (ClientSelectionAction action : selectionActions) {
            var button = new Button(action.label(), click -> action.open(List.copyOf(grid.getSelectedItems()),
                    () -> {
                        grid.deselectAll();
                        refresh();
                    }));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            selectionBar.add(button);
        }
        var clear = new Button("Clear selection", click -> grid.deselectAll());
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        selectionBar.add(clear);
        selectionBar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        selectionBar.addClassName("debrief-selection-bar");
        grid.asMultiSelect().addValueChangeListener(change -> showSelection());
        showSelection();
    }

    private void showSelection() {
        int count = grid.getSelectedItems().size();
        selectedCount.setText(count == 0 ? "Select clients to act on several at once."
                : count == 1 ? "1 client selected" : count + " clients selected");
        selectionBar.getChildren().filter(Button.class::isInstance)
                .forEach(button -> ((Button) button).setEnabled(count > 0));
    }

    private HorizontalLayout filters() {
        search.setPlaceholder("Name or email starts with");
        search.setAriaLabel("Search clients by the start of their name or email");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(120);
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(SEARCH_DELAY_MS);
        search.setWidth("18rem");
        search.addValueChangeListener(change -> refresh());

        status.setAriaLabel("Status");
        status.setItems(StatusChoice.values());
        status.setItemLabelGenerator(choice -> choice.label);
        status.setValue(StatusChoice.ACTIVE);
        status.addValueChangeListener(change -> refresh());

        var bar = new HorizontalLayout(search, status);
        if (owner) {
            coach.setPlaceholder("All coaches");
            coach.setAriaLabel("Coach");
            coach.setItems(clients.coaches());
            coach.setItemLabelGenerator(CoachOption::name);
            coach.setClearButtonVisible(true);
            coach.addValueChangeListener(change -> refresh());
            bar.add(coach);
        }
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void configureGrid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(ClientsView::nameLink).setHeader("Name").setSortProperty(ClientSort.NAME.name())
                .setWidth("10rem").setFlexGrow(3).setKey("name");
        grid.addColumn(client -> text(client.email())).setHeader("Email").setSortProperty(ClientSort.EMAIL.name())
                .setWidth("9rem").setFlexGrow(2).setTooltipGenerator(client -> text(client.email()));
        grid.addColumn(client -> text(client.targetField())).setHeader("Target field").setWidth("6rem")
                .setTooltipGenerator(client -> text(client.targetField()));
        // a fixed width: auto-width measures the badges and would cut the sortable header short
        grid.addComponentColumn(ClientsView::statusBadge).setHeader("Status")
                .setSortProperty(ClientSort.STATUS.name()).setWidth("7.5rem").setFlexGrow(0);
        if (owner) {
            grid.addColumn(ClientSummary::coachName).setHeader("Coach").setSortProperty(ClientSort.COACH.name())
                    .setWidth("6rem").setTooltipGenerator(ClientSummary::coachName);
        }
        grid.addColumn(client -> DAY.format(client.createdAt())).setHeader("Added")
                .setSortProperty(ClientSort.CREATED.name()).setAutoWidth(true).setFlexGrow(0);
        // four small icon buttons and the cell's padding; a fixed width, as auto-width measures before the icons are drawn
        grid.addComponentColumn(this::rowActions).setHeader("Actions").setKey("actions").setWidth("11rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // a click anywhere on a row but its check box and buttons opens the client
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null && !"actions".equals(click.getColumn().getKey())) {
                open(click.getItem());
            }
        });
        grid.setItems(query -> {
            order = orderOf(query.getSortOrders());
            return clients.page(filter, order, query.getOffset(), query.getLimit()).stream();
        }, query -> clients.count(filter));
    }

    /** A route path, not the view class: the detail page brings several features together, outside this one. */
    private void open(ClientSummary client) {
        getUI().ifPresent(ui -> ui.navigate("clients/" + client.id()));
    }

    private static Anchor nameLink(ClientSummary client) {
        var link = new Anchor("clients/" + client.id(), client.name());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static ClientOrder orderOf(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().findFirst()
                .map(sort -> new ClientOrder(ClientSort.valueOf(sort.getSorted()),
                        sort.getDirection() == SortDirection.DESCENDING))
                .orElse(ClientOrder.BY_NAME);
    }

    private void refresh() {
        StatusChoice choice = status.getValue() == null ? StatusChoice.ACTIVE : status.getValue();
        filter = new ClientFilter(search.getValue(), choice.status, coach.getValue() == null ? null
                : coach.getValue().id());
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateComponent(clients.count() == 0 ? emptyBook() : noMatch());
    }

    private Component emptyBook() {
        return emptyState("No clients yet — add your first client.",
                "Add the job seekers you coach; then hand each of them a connection code for the extension.",
                new Button("Add client", VaadinIcon.PLUS.create(), click -> addClient()));
    }

    private Component noMatch() {
        return emptyState("No client matches these filters.",
                "Try the start of another name or email, or another status.",
                new Button("Clear the filters", VaadinIcon.CLOSE_SMALL.create(), click -> clearFilters()));
    }

    private static Div emptyState(String headline, String next, Button action) {
        var title = new Paragraph(headline);
        title.addClassName("debrief-empty-title");
        var hint = new Paragraph(next);
        hint.addClassName("debrief-muted");
        var state = new Div(title, hint, action);
        state.addClassName("debrief-empty-state");
        return state;
    }

    private void clearFilters() {
        search.clear();
        status.setValue(StatusChoice.BOTH);
        coach.clear();
        refresh();
    }

    /** Icons with their words as labels and tooltips: the row keeps its width for the client's name. */
    private Component rowActions(ClientSummary client) {
        var edit = icon(VaadinIcon.EDIT, "Edit", client, click -> edit(client));
        boolean active = client.status() == ClientStatus.ACTIVE;
        var archive = active
                ? icon(VaadinIcon.ARCHIVE, "Archive", client, click -> changeStatus(client, true))
                : icon(VaadinIcon.ARROW_BACKWARD, "Restore", client, click -> changeStatus(client, false));
        var erase = icon(VaadinIcon.TRASH, "Erase", client,
                click -> new EraseClientDialog(client, () -> erase(client)).open());
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // a route path, not the view class: the extension's screen belongs to the connections feature
        var extension = icon(VaadinIcon.PLUG, "Browser extension", client, click -> getUI().ifPresent(
                ui -> ui.navigate("clients/" + client.id() + "/extension")));
        var actions = new HorizontalLayout(edit, extension, archive, erase);
        actions.setSpacing(false);
        return actions;
    }

    private static Button icon(VaadinIcon icon, String action, ClientSummary client,
            ComponentEventListener<ClickEvent<Button>> listener) {
        var button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(action + (action.startsWith("Browser") ? " of " : " ") + client.name());
        button.setTooltipText(action);
        return button;
    }

    private void addClient() {
        new ClientDialog("Add client", "Add", new ClientDraft("", null, null, null), coachChoices(), owner,
                draft -> {
                    clients.create(draft);
                    saved("Added " + draft.name().strip() + ".");
                }, this::refresh).open();
    }

    private void edit(ClientSummary client) {
        var current = new ClientDraft(client.name(), client.email(), client.targetField(), client.coachId());
        new ClientDialog("Edit " + client.name(), "Save", current, coachChoices(), owner, draft -> {
            clients.update(client.id(), draft);
            saved("Saved " + draft.name().strip() + ".");
        }, this::refresh).open();
    }

    private List<CoachOption> coachChoices() {
        return owner ? clients.coaches() : List.of();
    }

    private void changeStatus(ClientSummary client, boolean archive) {
        if (archive) {
            clients.archive(client.id());
            saved("Archived " + client.name() + ".");
        } else {
            clients.restore(client.id());
            saved("Restored " + client.name() + ".");
        }
        refresh();
    }

    private void erase(ClientSummary client) {
        clients.erase(client.id());
        saved("Erased the client's personal data.");
        refresh();
    }

    private static void saved(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void export(DownloadEvent event) throws IOException {
        event.setFileName("clients.csv");
        event.setContentType("text/csv; charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            clients.exportCsv(filter, order, out);
        }
    }

    private static Span statusBadge(ClientSummary client) {
        boolean active = client.status() == ClientStatus.ACTIVE;
        var badge = new Span(active ? "Active" : "Archived");
        badge.getElement().getThemeList().add(active ? "badge success" : "badge contrast");
        return badge;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
