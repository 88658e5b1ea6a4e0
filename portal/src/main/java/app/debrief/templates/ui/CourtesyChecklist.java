package app.debrief.templates.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import app.debrief.templates.CheckResult;
import app.debrief.templates.TemplateReview;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * One row per courtesy check: passed, warned or not applicable, why, and the author's own words that
 * decided it. Warnings never block publishing; they ask for confirmation.
 */
final class CourtesyChecklist extends Div {

    private final Div rows = new Div();
    private final Paragraph summary = new Paragraph();

    CourtesyChecklist() {
        addClassNames("debrief-card", "debrief-checklist");
        summary.addClassNames("debrief-muted", "debrief-small");
        add(new H3("Courtesy checks"), summary, rows);
    }

    void show(TemplateReview review) {
        rows.removeAll();
        if (review.courtesy() == null) {
            summary.setText("The checks run again once the placeholder errors are fixed.");
            return;
        }
        int warnings = review.warnings().size();
        summary.setText(warnings == 0 ? "Every check passes."
                : TemplateLabels.plural(warnings, "warning") + ": publishing asks you to confirm.");
        review.courtesy().results().forEach(result -> rows.add(row(result)));
    }

    private static Div row(CheckResult result) {
        Icon icon = switch (result.outcome()) {
            case PASS -> VaadinIcon.CHECK_CIRCLE.create();
            case WARN -> VaadinIcon.WARNING.create();
            case NOT_APPLICABLE -> VaadinIcon.MINUS_CIRCLE_O.create();
        };
        icon.addClassName("debrief-check-icon");
        icon.getElement().setAttribute("aria-label", switch (result.outcome()) {
            case PASS -> "Passes";
            case WARN -> "Warning";
            case NOT_APPLICABLE -> "Does not apply";
        });
        var title = new Span(result.id().title());
        title.addClassName("debrief-check-title");
        var explanation = new Span(result.explanation());
        explanation.addClassName("debrief-check-explanation");
        var text = new Div(title, explanation);
        // explanations often quote the deciding words already; repeating them adds only noise
        var unquoted = result.evidence().stream().filter(words -> !result.explanation().contains(words)).toList();
        if (!unquoted.isEmpty()) {
            var evidence = new Span(unquoted.stream().map(words -> "\u201c" + words + "\u201d")
                    .collect(Collectors.joining(" · ")));
            evidence.addClassName("debrief-check-evidence");
            text.add(evidence);
        }
        text.addClassName("debrief-check-text");
        var row = new Div(icon, text);
        String outcome = result.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
        row.addClassNames("debrief-check", "debrief-check-" + outcome);
        row.getElement().setAttribute("data-check", result.id().name());
        row.getElement().setAttribute("data-outcome", result.outcome().name());
        return row;
    }
}
