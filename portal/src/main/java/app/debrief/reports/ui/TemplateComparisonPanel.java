package app.debrief.reports.ui;

import java.util.List;

import app.debrief.reports.ReportFilter;
import app.debrief.reports.ReportOption;
import app.debrief.reports.ReportService;
import app.debrief.reports.TemplateComparison;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Two templates side by side: their response rates and whether the difference is more than chance. */
class TemplateComparisonPanel extends Div {

    private final ReportService reports;
    private final ComboBox<ReportOption> first = new ComboBox<>("Template");
    private final ComboBox<ReportOption> second = new ComboBox<>("Compared with");
    private final Paragraph result = new Paragraph();
    private ReportFilter filter = ReportFilter.months(java.time.YearMonth.of(2000, 1), java.time.YearMonth.of(2000, 1));

    TemplateComparisonPanel(ReportService reports, List<ReportOption> templates) {
        this.reports = reports;
        addClassNames("debrief-card", "debrief-report-section");
        for (var field : List.of(first, second)) {
            field.setItems(templates);
            field.setItemLabelGenerator(ReportOption::name);
            field.setWidth("20rem");
            field.addValueChangeListener(change -> compare());
        }
        if (templates.size() >= 2) {
            first.setValue(templates.get(0));
            second.setValue(templates.get(1));
        }
        result.addClassName("debrief-comparison");
        var pickers = new HorizontalLayout(first, second);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.setWrap(true);
        add(new H2("Compare two templates"), pickers, result);
    }

    void setFilter(ReportFilter filter) {
        this.filter = filter;
        compare();
    }

    private void compare() {
        if (first.getValue() == null || second.getValue() == null) {
            result.setText("Pick two templates to compare their response rates.");
            return;
        }
        if (first.getValue().equals(second.getValue())) {
            result.setText("Pick two different templates.");
            return;
        }
        result.setText(describe(reports.compare(first.getValue().id(), second.getValue().id(), filter)));
    }

    static String describe(TemplateComparison comparison) {
        var a = comparison.first();
        var b = comparison.second();
        String rates = a.label() + ": " + RateText.rate(a.counts().responseRate()) + ", n = "
                + a.counts().resolved() + ". " + b.label() + ": " + RateText.rate(b.counts().responseRate())
                + ", n = " + b.counts().resolved() + ". ";
        var difference = comparison.responseRate();
        if (!difference.defined()) {
            return rates + "No difference to measure until both have resolved requests.";
        }
        String verdict = difference.significant() ? "Significant at 95%: the difference is unlikely to be chance."
                : "Not significant: the interval includes no difference.";
        return rates + "Difference " + RateText.points(difference.value()) + " (95% interval "
                + RateText.points(difference.interval().low()) + " to " + RateText.points(difference.interval().high())
                + "). " + verdict;
    }
}
