package app.debrief.templates.ui;

import java.util.List;
import java.util.Locale;

import app.debrief.templates.LineDiff;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Two versions line by line: removed lines red with −, added lines green with +, the rest plain. */
final class LineDiffView extends Div {

    private final Paragraph summary = new Paragraph();
    private final Div lines = new Div();

    LineDiffView() {
        addClassName("debrief-diff");
        summary.addClassNames("debrief-muted", "debrief-small");
        lines.addClassName("debrief-diff-lines");
        add(summary, lines);
    }

    void show(List<LineDiff.Line> diff) {
        lines.removeAll();
        long removed = diff.stream().filter(line -> line.change() == LineDiff.Change.REMOVED).count();
        long added = diff.stream().filter(line -> line.change() == LineDiff.Change.ADDED).count();
        summary.setText(removed == 0 && added == 0 ? "The two versions have the same text."
                : TemplateLabels.plural(removed, "line") + " removed, " + TemplateLabels.plural(added, "line")
                        + " added.");
        diff.forEach(line -> lines.add(line(line)));
    }

    private static Div line(LineDiff.Line line) {
        var marker = new Span(switch (line.change()) {
            case SAME -> " ";
            case REMOVED -> "\u2212";
            case ADDED -> "+";
        });
        marker.addClassName("debrief-diff-marker");
        marker.getElement().setAttribute("aria-label", switch (line.change()) {
            case SAME -> "unchanged";
            case REMOVED -> "removed";
            case ADDED -> "added";
        });
        var text = new Span(line.text());
        text.addClassName("debrief-diff-text");
        var row = new Div(marker, text);
        row.addClassNames("debrief-diff-line", "debrief-diff-" + line.change().name().toLowerCase(Locale.ROOT));
        return row;
    }
}
