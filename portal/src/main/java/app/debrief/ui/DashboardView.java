package app.debrief.ui;

import app.debrief.clients.ClientService;
import app.debrief.clients.ui.ClientsView;
import app.debrief.accounts.CoachPrincipal;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The landing page after sign-in: the practice at a glance and what to do next. */
@Route("")
@PageTitle("Dashboard · Debrief")
@PermitAll
public class DashboardView extends VerticalLayout {

    public DashboardView(AuthenticationContext authentication, ClientService clients) {
        var coach = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow();
        setPadding(true);
        add(new H1("Good to see you, " + coach.displayName()));

        var cards = new FlexLayout(
                card(coach.isOwner() ? "Clients in the practice" : "Your clients", String.valueOf(clients.count()),
                        new RouterLink("Open the client book", ClientsView.class)),
                card("Feedback requests", "0",
                        new Paragraph("Requests appear here once your clients log rejections with the Debrief "
                                + "browser extension.")));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-l)");
        add(cards);
    }

    private static Div card(String title, String figure, com.vaadin.flow.component.Component next) {
        var value = new Div(figure);
        value.addClassName("debrief-figure");
        var heading = new H3(title);
        heading.addClassName("debrief-muted");
        var card = new Div(heading, value, next);
        card.addClassName("debrief-card");
        card.setWidth("20rem");
        return card;
    }
}
