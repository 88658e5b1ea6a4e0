package app.debrief.ui.clientdetail;

import java.time.Clock;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Roles;
import app.debrief.base.NotFoundException;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientStatus;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.ui.ClientProfileCard;
import app.debrief.clients.ui.ClientsView;
import app.debrief.connections.ConnectionCodeService;
import app.debrief.connections.ui.ExtensionConnectionsPanel;
import app.debrief.requests.RequestTimelineService;
import app.debrief.requests.ui.ClientRequestsSection;
import app.debrief.templates.LibraryAssignmentService;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.ui.ClientLibrariesPanel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Everything about one client: profile, libraries and the templates they get, their browser
 * extension, and their feedback requests. A client the coach may not see is not found.
 */
@Route("clients/:clientId")
@RolesAllowed(Roles.COACH)
public class ClientDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CLIENT_ID = "clientId";

    private final ClientService clients;
    private final TemplateLibraryService libraries;
    private final LibraryAssignmentService assignments;
    private final ConnectionCodeService codes;
    private final RequestTimelineService timelines;
    private final Clock clock;
    private final boolean owner;
    private String title = "Client · Debrief";

    public ClientDetailView(ClientService clients, TemplateLibraryService libraries,
            LibraryAssignmentService assignments, ConnectionCodeService codes, RequestTimelineService timelines,
            Clock clock, AuthenticationContext authentication) {
        this.clients = clients;
        this.libraries = libraries;
        this.assignments = assignments;
        this.codes = codes;
        this.timelines = timelines;
        this.clock = clock;
        this.owner = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow().isOwner();
        setPadding(true);
        addClassName("debrief-client-detail-page");
    }

    public static RouteParameters parametersFor(UUID clientId) {
        return new RouteParameters(CLIENT_ID, clientId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClientSummary client;
        try {
            client = clients.get(UUID.fromString(event.getRouteParameters().get(CLIENT_ID).orElse("")));
        } catch (IllegalArgumentException | NotFoundException e) {
            event.rerouteToError(new NotFoundException("This client"), "");
            return;
        }
        show(client);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(ClientSummary client) {
        removeAll();
        title = client.name() + " · Debrief";
        var name = new H1(client.name());
        var status = new Span(client.status() == ClientStatus.ACTIVE ? "Active" : "Archived");
        status.getElement().getThemeList().add(client.status() == ClientStatus.ACTIVE ? "badge success"
                : "badge contrast");
        var heading = new HorizontalLayout(name, status);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        var profile = new ClientProfileCard(clients, client, owner, () -> show(clients.get(client.id())),
                () -> getUI().ifPresent(ui -> ui.navigate(ClientsView.class)));
        var extension = section("Browser extension", new ExtensionConnectionsPanel(codes, client.id()));
        var main = new Div(profile, extension);
        main.addClassName("debrief-client-column");
        var side = new Div(new ClientLibrariesPanel(libraries, assignments, client.id()));
        side.addClassName("debrief-client-column");
        var columns = new Div(main, side);
        columns.addClassName("debrief-client-detail");
        // the requests grid needs the page's width: in a column its company names shrank to "Vand…"
        var requests = requestsSection(client);
        requests.addClassName("debrief-client-requests-card");
        add(new RouterLink("\u2190 Clients", ClientsView.class), heading, columns, requests);
    }

    /** The client's feedback requests, with "Log a rejection"; each opens its timeline. */
    Div requestsSection(ClientSummary client) {
        var card = new Div(new ClientRequestsSection(client.id(), timelines, clock));
        card.addClassName("debrief-card");
        return card;
    }

    private static Div section(String heading, Component content) {
        var title = new H2(heading);
        title.addClassName("debrief-section-title");
        var card = new Div(title, content);
        card.addClassName("debrief-card");
        return card;
    }
}
