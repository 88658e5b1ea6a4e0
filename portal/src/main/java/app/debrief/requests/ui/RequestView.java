package app.debrief.requests.ui;

import java.time.Clock;
import java.util.UUID;

import app.debrief.accounts.Roles;
import app.debrief.base.NotFoundException;
import app.debrief.requests.RequestDetail;
import app.debrief.requests.RequestLink;
import app.debrief.requests.RequestTimelineService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * One feedback request: what happened when and who recorded it, how long the send took, the
 * template version used, its follow-ups, and the coach's feedback notes. The coach logs an outcome
 * reported by phone and writes notes here.
 */
@Route("requests/:requestId")
@PageTitle("Feedback request · Debrief")
@RolesAllowed(Roles.COACH)
public class RequestView extends VerticalLayout implements BeforeEnterObserver {

    /** Where "back" goes: the client's page lists their requests. */
    static final String CLIENT_ROUTE = "clients/%s";

    private final RequestTimelineService timelines;
    private final Clock clock;
    private @Nullable UUID requestId;

    public RequestView(RequestTimelineService timelines, Clock clock) {
        this.timelines = timelines;
        this.clock = clock;
        setPadding(true);
        addClassName("debrief-request");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            requestId = UUID.fromString(event.getRouteParameters().get("requestId").orElse(""));
            show(timelines.request(requestId));
        } catch (IllegalArgumentException | NotFoundException e) {
            requestId = null;
            removeAll();
            add(new Anchor("", "← Dashboard"), new H1("This request does not exist or is not yours to see"));
        }
    }

    private void refresh() {
        if (requestId != null) {
            show(timelines.request(requestId));
        }
    }

    private void show(RequestDetail request) {
        removeAll();
        var back = new Anchor(CLIENT_ROUTE.formatted(request.clientId()), "← " + request.clientName());
        var title = new H1(request.role() == null ? request.company() : request.company() + " · " + request.role());
        title.addClassName("debrief-request-title");
        var subtitle = new HorizontalLayout(RequestLabels.stateBadge(request.state()),
                muted(request.clientName()), muted(RequestLabels.channel(request.channel(), request.webmail())));
        if (request.interviewerName() != null) {
            subtitle.add(muted("Interviewer: " + request.interviewerName()));
        }
        subtitle.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        subtitle.setWrap(true);

        var logOutcome = new Button("Log an outcome", VaadinIcon.PHONE.create(),
                click -> new LogOutcomeDialog(request.id(), request.company(), timelines, clock, this::refresh).open());
        var addNote = new Button("Add a note", VaadinIcon.COMMENT_O.create(),
                click -> new NoteDialog(request.id(), request.company(), timelines, this::refresh).open());
        addNote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var actions = new Div(logOutcome, addNote);
        actions.addClassName("debrief-actions");

        var columns = new Div(section("Timeline", new Timeline(request)), section("Feedback notes", new NoteList(request)));
        columns.addClassName("debrief-request-columns");
        add(back, title, subtitle, facts(request), actions, columns);
    }

    private Component facts(RequestDetail request) {
        var facts = new Div(
                fact("Rejection arrived", new Span(RequestLabels.when(request.rejectionAt(), request.zone()))),
                fact("Sent", new Span(request.sentAt() == null ? "Not sent yet"
                        : RequestLabels.when(request.sentAt(), request.zone()))),
                fact("Time to send", timeToSend(request)),
                fact("Template", new Span(request.template() == null ? "None yet"
                        : request.template().templateName() + " · version " + request.template().version())),
                fact(request.parent() != null ? "Follow-up of" : "Follow-up", followUps(request)));
        facts.addClassName("debrief-facts");
        return facts;
    }

    private static Component timeToSend(RequestDetail request) {
        if (request.timeToSend() == null) {
            return new Span("—");
        }
        var time = new Span(RequestLabels.duration(request.timeToSend()));
        if (!request.sentLate()) {
            var prompt = new Span("within 24 h");
            prompt.getElement().getThemeList().add("badge success small");
            return new Span(time, new Span(" "), prompt);
        }
        var late = new Span("over 24 h");
        late.getElement().getThemeList().add("badge error small");
        return new Span(time, new Span(" "), late);
    }

    private static Component followUps(RequestDetail request) {
        if (request.parent() != null) {
            return link(request.parent());
        }
        if (request.followUps().isEmpty()) {
            return new Span("None");
        }
        var links = new Div();
        request.followUps().forEach(followUp -> links.add(new Div(link(followUp))));
        return links;
    }

    private static Component link(RequestLink link) {
        var anchor = new RouterLink(link.company(), RequestView.class,
                new RouteParameters("requestId", link.id().toString()));
        var state = new Span(" · " + RequestLabels.state(link.state()));
        state.addClassName("debrief-muted");
        return new Span(anchor, state);
    }

    private static Div fact(String label, Component value) {
        var caption = new Span(label);
        caption.addClassName("debrief-fact-label");
        var fact = new Div(caption, value);
        fact.addClassName("debrief-fact");
        return fact;
    }

    private static Div section(String heading, Component content) {
        var section = new Div(new H2(heading), content);
        section.addClassName("debrief-card");
        return section;
    }

    private static Span muted(String text) {
        var span = new Span(text);
        span.addClassName("debrief-muted");
        return span;
    }
}
