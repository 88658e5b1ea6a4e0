package app.debrief.clients.ui;

import app.debrief.clients.ClientService;
import app.debrief.clients.ClientStatus;
import app.debrief.clients.ClientSummary;
import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The client book: the coach's own clients, or every client of the practice for its owner. */
@Route("clients")
@PageTitle("Clients · Debrief")
@RolesAllowed(Roles.COACH)
public class ClientsView extends VerticalLayout {

    public ClientsView(ClientService clients, AuthenticationContext authentication) {
        var coach = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow();
        setSizeFull();
        add(new H1("Clients"));

        var grid = new Grid<ClientSummary>();
        grid.addColumn(ClientSummary::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(client -> client.email() == null ? "" : client.email()).setHeader("Email").setFlexGrow(2);
        grid.addColumn(client -> client.targetField() == null ? "" : client.targetField()).setHeader("Target field");
        grid.addComponentColumn(ClientsView::statusBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        if (coach.isOwner()) {
            grid.addColumn(ClientSummary::coachName).setHeader("Coach");
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> clients.page(query.getOffset(), query.getLimit()).stream(), query -> clients.count());
        grid.setEmptyStateText("No clients yet.");
        addAndExpand(grid);
    }

    private static Span statusBadge(ClientSummary client) {
        var badge = new Span(client.status() == ClientStatus.ACTIVE ? "Active" : "Archived");
        badge.getElement().getThemeList().add(client.status() == ClientStatus.ACTIVE ? "badge success" : "badge contrast");
        return badge;
    }
}
