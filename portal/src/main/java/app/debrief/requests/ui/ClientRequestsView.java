package app.debrief.requests.ui;

import java.time.Clock;
import java.util.UUID;

import app.debrief.accounts.Roles;
import app.debrief.base.NotFoundException;
import app.debrief.requests.RequestTimelineService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A client's feedback requests on a page of their own; the client's page embeds the same section. */
@Route("clients/:clientId/requests")
@PageTitle("Feedback requests · Debrief")
@RolesAllowed(Roles.COACH)
public class ClientRequestsView extends VerticalLayout implements BeforeEnterObserver {

    private final RequestTimelineService timelines;
    private final Clock clock;

    public ClientRequestsView(RequestTimelineService timelines, Clock clock) {
        this.timelines = timelines;
        this.clock = clock;
        setPadding(true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        // a route path, not the view class: the client book belongs to the clients feature
        add(new Anchor("clients", "← Clients"));
        try {
            UUID clientId = UUID.fromString(event.getRouteParameters().get("clientId").orElse(""));
            String name = timelines.clientRequests(clientId).clientName();
            add(new H1(name), new ClientRequestsSection(clientId, timelines, clock));
        } catch (IllegalArgumentException | NotFoundException e) {
            add(new H1("This client does not exist or is not yours to see"));
        }
    }
}
