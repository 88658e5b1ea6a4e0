package app.debrief.ui;

import app.debrief.base.NotFoundException;
import app.debrief.clients.ui.ClientsView;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a view shows for an id that does not exist or belongs to someone else: the same page, with a
 * 404, so nobody learns which ids exist elsewhere.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setPadding(true);
        var explanation = new Paragraph(parameter.getException().getMessage().replace("was not found",
                "does not exist, or is not yours to see") + " Check the link, or find it in the client book.");
        explanation.addClassName("debrief-muted");
        add(new H1("Not found"), explanation, new RouterLink("Open the client book", ClientsView.class));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
