package app.debrief.reports.ui;

import java.time.format.TextStyle;
import java.util.Locale;

import app.debrief.reports.KeyFigures;
import app.debrief.reports.Rate;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The dashboard's key figures: this month beside last month, for the coach's scope. */
public class KeyFiguresPanel extends Composite<Div> {

    public KeyFiguresPanel(KeyFigures figures) {
        var now = figures.thisMonth();
        var before = figures.lastMonth();
        String lastMonth = before.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        getContent().setId("key-figures");
        getContent().addClassName("debrief-report-figures");
        getContent().add(
                card("Rejections logged", String.valueOf(now.requestsLogged()), lastMonth + ": " + before.requestsLogged()),
                card("Requests sent", String.valueOf(now.sent()), lastMonth + ": " + before.sent()),
                card("Response rate", percentOrDash(now.responseRate()), compared(now.responseRate(), before.responseRate(), lastMonth)),
                card("Feedback rate", percentOrDash(now.feedbackRate()), compared(now.feedbackRate(), before.feedbackRate(), lastMonth)),
                card("Median time to reply", RateText.reply(now.medianReplyTime()),
                        lastMonth + ": " + RateText.reply(before.medianReplyTime())));
    }

    private static String percentOrDash(Rate rate) {
        return rate.isEmpty() ? "–" : RateText.percent(rate.value());
    }

    /** "of 14 resolved · March: 48%", with the change in points when both months have answers. */
    private static String compared(Rate now, Rate before, String lastMonth) {
        String detail = "of " + now.n() + " resolved · " + lastMonth + ": " + percentOrDash(before);
        if (!now.isEmpty() && !before.isEmpty()) {
            detail += " (" + RateText.points(now.value() - before.value()) + ")";
        }
        return detail;
    }

    /** One figure as a card: its title, the value large, a line of detail; the reports view shows them too. */
    static Div card(String title, String value, String detail) {
        var heading = new H3(title);
        heading.addClassName("debrief-muted");
        var number = new Div(value);
        number.addClassName("debrief-report-figure");
        var small = new Div(detail);
        small.addClassNames("debrief-muted", "debrief-small");
        var card = new Div(heading, number, small);
        card.addClassName("debrief-card");
        return card;
    }
}
