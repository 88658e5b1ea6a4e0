package app.debrief.accounts.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** What an invitation or reset link shows once it cannot be used: no details, just what to do. */
final class LinkGoneCard extends VerticalLayout {

    LinkGoneCard() {
        addClassName("debrief-card");
        setMaxWidth("32rem");
        var title = new H1("This link is no longer valid");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        add(title,
                new Paragraph("It has been used already, has expired, or was withdrawn or replaced. "
                        + "Ask your practice owner for a new link."),
                new RouterLink("Go to sign-in", LoginView.class));
    }
}
