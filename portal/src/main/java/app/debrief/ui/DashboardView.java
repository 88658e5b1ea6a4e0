package app.debrief.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.reports.ReportService;
import app.debrief.reports.ui.KeyFiguresPanel;
import app.debrief.requests.Attention;
import app.debrief.requests.LateRejection;
import app.debrief.requests.RequestDashboardService;
import app.debrief.requests.TagCount;
import app.debrief.requests.TagThemes;
import app.debrief.requests.TimeToSend;
import app.debrief.requests.WaitingRequest;
import app.debrief.requests.ui.RequestLabels;
import app.debrief.requests.ui.RequestView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * The landing page: this month's key figures, the clients who need the coach now (a rejection with
 * nothing sent after 20 hours; requests waiting for an answer) and the themes that come back in
 * feedback. A coach sees their own clients; the owner sees the practice.
 */
@Route("")
@PageTitle("Dashboard · Debrief")
@PermitAll
public class DashboardView extends VerticalLayout {

    static final int ROWS_SHOWN = 8;

    private final boolean owner;
    private final Instant now;

    public DashboardView(AuthenticationContext authentication, RequestDashboardService dashboard, ReportService reports,
            Clock clock) {
        var coach = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow();
        this.owner = coach.isOwner();
        this.now = clock.instant();
        setPadding(true);
        addClassName("debrief-dashboard");
        add(new H1("Good to see you, " + coach.displayName()));
        add(keyFigures(reports));

        Attention attention = dashboard.attention();
        add(new H2("Needs attention"), columns(lateCard(attention), waitingCard(attention)));

        TagThemes themes = dashboard.tagThemes();
        var themeCards = columns(themesCard(owner ? "Your own clients" : "Your clients", themes.ownClients()));
        if (themes.practice() != null) {
            themeCards.add(themesCard("The practice", themes.practice()));
        }
        add(new H2("Feedback themes"), themeCards);
    }

    /** This month against last, from the reports' roll-ups (refreshed every minute). */
    private static Component keyFigures(ReportService reports) {
        var section = new Div(new H2("This month"), new KeyFiguresPanel(reports.keyFigures()));
        section.addClassName("debrief-report-section");
        return section;
    }

    private Component lateCard(Attention attention) {
        return card("Rejections with nothing sent", owner
                        ? "Logged 20 h ago or more in the last 30 days, no request sent yet: the advice is to ask within 24 h."
                        : "Your clients' rejections logged 20 h ago or more in the last 30 days, no request sent yet.",
                attention.late(), attention.lateTotal(), this::lateRow,
                "Nothing waiting: every recent rejection got its request out within 20 hours.");
    }

    private Component waitingCard(Attention attention) {
        return card("Waiting for an answer",
                "Sent and not answered yet. If a client hears back by phone, open the request and log the outcome.",
                attention.waiting(), attention.waitingTotal(), this::waitingRow,
                "No request is waiting for an answer. Sent requests show here until the employer replies or the "
                        + "no-reply wait is over.");
    }

    private <T> Component card(String title, String explanation, List<T> rows, int total, Function<T, Component> row,
            String empty) {
        var heading = new H3(title);
        var hint = new Paragraph(explanation);
        hint.addClassName("debrief-muted");
        var card = new Div(heading, hint);
        card.addClassName("debrief-card");
        if (rows.isEmpty()) {
            var none = new Paragraph(empty);
            none.addClassName("debrief-empty-title");
            card.add(none);
            return card;
        }
        rows.stream().limit(ROWS_SHOWN).map(row).forEach(card::add);
        if (total > ROWS_SHOWN) {
            var more = new Paragraph(total >= RequestDashboardService.COUNT_CAP
                    ? "and at least " + (RequestDashboardService.COUNT_CAP - ROWS_SHOWN) + " more"
                    : "and " + (total - ROWS_SHOWN) + " more");
            more.addClassName("debrief-muted");
            card.add(more);
        }
        return card;
    }

    private Component lateRow(LateRejection late) {
        Duration ago = Duration.between(late.rejectionAt(), now);
        Duration left = TimeToSend.PROMPT.minus(ago);
        var status = new Span(left.isNegative() ? "24 h passed" : RequestLabels.duration(left) + " left");
        status.getElement().getThemeList().add(left.isNegative() ? "badge error small" : "badge small");
        var when = new Div(new Span("logged " + RequestLabels.duration(ago) + " ago "), status);
        return row(late.requestId(), late.clientName(), late.company(), late.role(), late.coachName(), when);
    }

    private Component waitingRow(WaitingRequest waiting) {
        Duration since = Duration.between(waiting.sentAt(), now);
        Duration untilTimeout = Duration.between(now, waiting.noReplyAt());
        var when = new Div(new Div("sent " + RequestLabels.duration(since) + " ago"),
                new Div(untilTimeout.isNegative() ? "no-reply wait over" : "no-reply in " + RequestLabels.duration(untilTimeout)));
        String company = waiting.followUp() ? waiting.company() + " (follow-up)" : waiting.company();
        return row(waiting.requestId(), waiting.clientName(), company, waiting.role(), waiting.coachName(), when);
    }

    private Div row(java.util.UUID requestId, String clientName, String company, @Nullable String role,
            String coachName, Component when) {
        var link = new RouterLink(clientName, RequestView.class, new RouteParameters("requestId", requestId.toString()));
        var what = new Span(role == null ? company : company + " · " + role);
        what.addClassName("debrief-muted");
        var who = new Div(link, new Div(what));
        if (owner) {
            var coach = new Div("Coach: " + coachName);
            coach.addClassNames("debrief-muted", "debrief-small");
            who.add(coach);
        }
        when.addClassName("debrief-attention-when");
        var row = new Div(who, when);
        row.addClassName("debrief-attention-row");
        return row;
    }

    private static Component themesCard(String title, TagThemes.Themes themes) {
        var card = new Div(new H3(title));
        card.addClassName("debrief-card");
        if (themes.isEmpty()) {
            var none = new Paragraph("No tagged feedback yet.");
            none.addClassName("debrief-empty-title");
            var hint = new Paragraph("Open a request that got a reply and add a note with strength and to-improve "
                    + "tags; the tags that come back most often show here.");
            hint.addClassName("debrief-muted");
            card.add(none, hint);
            return card;
        }
        card.add(themeList("Strengths", themes.strengths()), themeList("To improve", themes.toImprove()));
        return card;
    }

    private static Component themeList(String label, List<TagCount> tags) {
        var caption = new Paragraph(label);
        caption.addClassNames("debrief-fact-label");
        var list = new UnorderedList();
        list.addClassName("debrief-theme-list");
        if (tags.isEmpty()) {
            list.add(new ListItem("None tagged yet"));
        }
        for (TagCount tag : tags) {
            var count = new Span(tag.notes() == 1 ? "1 note" : tag.notes() + " notes");
            count.addClassName("debrief-muted");
            list.add(new ListItem(new Span(tag.tag()), count));
        }
        return new Div(caption, list);
    }

    private static Div columns(Component... cards) {
        var columns = new Div(cards);
        columns.addClassName("debrief-dashboard-columns");
        return columns;
    }
}
