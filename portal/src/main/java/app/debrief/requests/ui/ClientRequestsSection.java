package app.debrief.requests.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;

import app.debrief.base.NotFoundException;
import app.debrief.requests.ClientRequestRow;
import app.debrief.requests.ClientRequests;
import app.debrief.requests.RequestTimelineService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A client's feedback requests, newest rejection first, with "Log a rejection". Usable on any page
 * that knows the client: the client's page embeds it, and {@link ClientRequestsView} shows it alone.
 * A client that is not the signed-in coach's to see shows as not found.
 */
public class ClientRequestsSection extends VerticalLayout {

    private final UUID clientId;
    private final RequestTimelineService timelines;
    private final Clock clock;
    private final Grid<ClientRequestRow> grid = new Grid<>();
    private ZoneId zone = ZoneId.of("UTC");
    private String clientName = "";

    public ClientRequestsSection(UUID clientId, RequestTimelineService timelines, Clock clock) {
        this.clientId = clientId;
        this.timelines = timelines;
        this.clock = clock;
        setPadding(false);
        addClassName("debrief-client-requests");
        ClientRequests requests;
        try {
            requests = timelines.clientRequests(clientId);
        } catch (NotFoundException e) {
            add(new Paragraph("This client does not exist or is not yours to see."));
            return;
        }
        clientName = requests.clientName();
        zone = requests.zone();

        var logRejection = new Button("Log a rejection", VaadinIcon.PLUS.create(), click -> logRejection());
        logRejection.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var title = new HorizontalLayout(new H2("Feedback requests"), logRejection);
        title.setWidthFull();
        title.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        configureGrid();
        add(title, grid);
        show(requests);
    }

    private void configureGrid() {
        grid.addComponentColumn(ClientRequestsSection::company).setHeader("Company and role").setKey("company")
                .setFlexGrow(1);
        grid.addComponentColumn(row -> RequestLabels.stateBadge(row.state())).setHeader("State").setWidth("11.5rem")
                .setFlexGrow(0);
        grid.addColumn(row -> RequestLabels.date(row.rejectionAt(), zone)).setHeader("Rejected").setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.sentAt() == null ? "Not sent" : RequestLabels.date(row.sentAt(), zone))
                .setHeader("Sent").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(ClientRequestsSection::timeToSend).setHeader("Time to send").setKey("timeToSend")
                .setWidth("12rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateComponent(emptyState());
    }

    private void show(ClientRequests requests) {
        grid.setItems(requests.rows());
    }

    private void refresh() {
        show(timelines.clientRequests(clientId));
    }

    private void open(ClientRequestRow row) {
        getUI().ifPresent(ui -> ui.navigate(RequestView.class,
                new com.vaadin.flow.router.RouteParameters("requestId", row.id().toString())));
    }

    private void logRejection() {
        new LogRejectionDialog(clientId, clientName, timelines, clock, this::refresh).open();
    }

    private Component emptyState() {
        var title = new Paragraph("No feedback requests yet.");
        title.addClassName("debrief-empty-title");
        var hint = new Paragraph("When the client logs a rejection in the Debrief browser extension it shows here. "
                + "If they tell you about one by phone or email, log it yourself: the 24-hour clock starts when it "
                + "arrived.");
        hint.addClassName("debrief-muted");
        var action = new Button("Log a rejection", VaadinIcon.PLUS.create(), click -> logRejection());
        var state = new Div(title, hint, action);
        state.addClassName("debrief-empty-state");
        return state;
    }

    /** The company on the first line, the role (and any follow-ups) below it, muted. */
    private static Component company(ClientRequestRow row) {
        var name = new Div(row.company());
        name.addClassName("debrief-cell-main");
        String below = row.role() == null ? "" : row.role();
        if (row.followUps() > 0) {
            below += (below.isEmpty() ? "" : " · ") + (row.followUps() == 1 ? "1 follow-up" : row.followUps() + " follow-ups");
        }
        var detail = new Div(below);
        detail.addClassNames("debrief-muted", "debrief-small", "debrief-cell-detail");
        return new Div(name, detail);
    }

    private static Component timeToSend(ClientRequestRow row) {
        if (row.timeToSend() == null) {
            return new Span("");
        }
        var time = new Span(RequestLabels.duration(row.timeToSend()));
        if (!row.sentLate()) {
            return time;
        }
        var late = new Span("over 24 h");
        late.getElement().getThemeList().add("badge error small");
        var cell = new HorizontalLayout(time, late);
        cell.setSpacing(true);
        return cell;
    }
}
