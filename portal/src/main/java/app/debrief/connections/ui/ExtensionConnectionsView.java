package app.debrief.connections.ui;

import java.util.UUID;

import app.debrief.accounts.Roles;
import app.debrief.base.NotFoundException;
import app.debrief.clients.ClientService;
import app.debrief.clients.ClientSummary;
import app.debrief.clients.ui.ClientsView;
import app.debrief.connections.ConnectionCodeService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Connecting a client's browser extension, on a page of its own; the client's detail page shows the
 * same panel beside the rest of the client.
 */
@Route("clients/:clientId/extension")
@PageTitle("Browser extension · Debrief")
@RolesAllowed(Roles.COACH)
public class ExtensionConnectionsView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientService clients;
    private final ConnectionCodeService codes;
    private final H1 title = new H1();

    public ExtensionConnectionsView(ClientService clients, ConnectionCodeService codes) {
        this.clients = clients;
        this.codes = codes;
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("clientId").orElse(""));
            ClientSummary client = clients.get(id);
            title.setText("Browser extension of " + client.name());
            add(new RouterLink("\u2190 Clients", ClientsView.class), title, new ExtensionConnectionsPanel(codes, id));
        } catch (IllegalArgumentException | NotFoundException e) {
            title.setText("This client does not exist or is not yours to see");
            add(new RouterLink("\u2190 Clients", ClientsView.class), title);
        }
    }
}
