package app.debrief.reports.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Roles;
import app.debrief.reports.Breakdown;
import app.debrief.reports.Counts;
import app.debrief.reports.ReportChoices;
import app.debrief.reports.ReportFilter;
import app.debrief.reports.ReportOption;
import app.debrief.reports.ReportRow;
import app.debrief.reports.ReportService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * Response rates for the practice (owner) or one's own clients (coach): key figures, a monthly
 * trend, rates per template with their 95% intervals, any breakdown as a table with its CSV, and a
 * comparison of two templates. Rates count resolved requests only; open ones are shown beside them.
 */
@Route("reports")
@PageTitle("Reports · Debrief")
@RolesAllowed(Roles.COACH)
public class ReportsView extends VerticalLayout {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ReportService reports;
    private final ReportChoices choices;
    private final boolean owner;
    private final ComboBox<YearMonth> from = new ComboBox<>("From");
    private final ComboBox<YearMonth> to = new ComboBox<>("To");
    private final ComboBox<ReportOption> coach = new ComboBox<>("Coach");
    private final ComboBox<ReportOption> library = new ComboBox<>("Library");
    private final Div figures = new Div();
    private final Paragraph empty = new Paragraph();
    private final EChart trend = new EChart(EChart.Kind.TREND, "Response and feedback rates by month");
    private final EChart bars = new EChart(EChart.Kind.BARS, "Response rate by template, with 95% intervals");
    private final Select<Breakdown> breakdown = new Select<>();
    private final RatesGrid table = new RatesGrid();
    private final TemplateComparisonPanel comparison;
    // read by the download request, which does not hold the UI's lock
    private volatile ReportFilter filter;

    public ReportsView(ReportService reports, AuthenticationContext authentication) {
        this.reports = reports;
        this.owner = authentication.getAuthenticatedUser(CoachPrincipal.class).orElseThrow().isOwner();
        this.choices = reports.choices();
        this.filter = ReportFilter.months(latestYearStart(), choices.thisMonth());
        this.comparison = new TemplateComparisonPanel(reports, choices.templates());
        setWidthFull();
        addClassName("debrief-reports");

        var intro = new Paragraph(owner
                ? "The practice's feedback requests by the month of the rejection. Response rate = replied ÷ "
                        + "resolved (replied or no reply); open requests are counted beside the rates."
                : "Your clients' feedback requests by the month of the rejection. Response rate = replied ÷ "
                        + "resolved (replied or no reply); open requests are counted beside the rates.");
        intro.addClassName("debrief-muted");
        empty.addClassName("debrief-empty-title");
        figures.addClassName("debrief-report-figures");

        var charts = new Div(section("Monthly trend", trend), section("Response rate by template", bars));
        charts.addClassName("debrief-report-charts");

        add(new H1("Reports"), intro, filters(), empty, figures, charts, tableSection(), comparison);
        refresh();
    }

    private YearMonth latestYearStart() {
        YearMonth yearAgo = choices.thisMonth().minusMonths(11);
        return choices.firstMonth().isAfter(yearAgo) ? choices.firstMonth() : yearAgo;
    }

    private Component filters() {
        var months = new ArrayList<YearMonth>();
        for (YearMonth month = choices.firstMonth(); !month.isAfter(choices.thisMonth()); month = month.plusMonths(1)) {
            months.add(month);
        }
        for (var field : List.of(from, to)) {
            field.setItems(months);
            field.setItemLabelGenerator(MONTH::format);
            field.setAllowCustomValue(false);
            field.setWidth("9rem");
        }
        from.setValue(filter.from());
        to.setValue(filter.to());
        library.setItems(choices.libraries());
        library.setItemLabelGenerator(ReportOption::name);
        library.setPlaceholder("All libraries");
        library.setClearButtonVisible(true);
        var bar = new HorizontalLayout(from, to);
        if (owner) {
            coach.setItems(choices.coaches());
            coach.setItemLabelGenerator(ReportOption::name);
            coach.setPlaceholder("All coaches");
            coach.setClearButtonVisible(true);
            bar.add(coach);
        }
        bar.add(library);
        for (var field : List.of(from, to, coach, library)) {
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    refresh();
                }
            });
        }
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private Component tableSection() {
        breakdown.setLabel("Break down by");
        breakdown.setItems(Breakdown.values());
        breakdown.setItemLabelGenerator(Breakdown::label);
        breakdown.setValue(Breakdown.TEMPLATE);
        breakdown.addValueChangeListener(change -> showTable());
        var export = new Anchor(this::export, AttachmentType.DOWNLOAD, "Export CSV");
        export.setAriaLabel("Export this table as CSV");
        var bar = new HorizontalLayout(breakdown, export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var note = new Paragraph("Rates of fewer than " + app.debrief.reports.Rate.SMALL_N
                + " resolved requests are greyed: too few to read much into. In brackets: the Wilson 95% interval. "
                + "Median reply: the median time from sending to the reply.");
        note.addClassNames("debrief-muted", "debrief-small");
        var section = new Div(new H2("Rates"), bar, table, note);
        section.addClassName("debrief-report-section");
        section.setWidthFull();
        return section;
    }

    private static Div section(String title, Component content) {
        var section = new Div(new H3(title), content);
        section.addClassName("debrief-card");
        return section;
    }

    private void refresh() {
        YearMonth first = from.getValue() == null ? choices.firstMonth() : from.getValue();
        YearMonth last = to.getValue() == null ? choices.thisMonth() : to.getValue();
        if (first.isAfter(last)) {
            to.setInvalid(true);
            to.setErrorMessage("The last month comes after the first.");
            return;
        }
        to.setInvalid(false);
        filter = new ReportFilter(first, last, coach.getValue() == null ? null : coach.getValue().id(),
                library.getValue() == null ? null : library.getValue().id());
        Counts total = reports.total(filter).counts();
        empty.setVisible(total.requests() == 0);
        empty.setText("No feedback requests in these months yet. Reports fill in as clients log rejections with "
                + "the Debrief extension, or try other months or filters.");
        figures.removeAll();
        figures.add(
                KeyFiguresPanel.card("Response rate", RateText.rate(total.responseRate()), "n = " + total.resolved()),
                KeyFiguresPanel.card("Feedback rate", RateText.rate(total.feedbackRate()), "n = " + total.resolved()),
                KeyFiguresPanel.card("Open", Integer.toString(total.open()), "of " + total.requests() + " requests"),
                KeyFiguresPanel.card("Median time to reply", RateText.reply(total.medianReplyTime()), "from sending"));
        trend.show(ReportCharts.trend(reports.breakdown(Breakdown.MONTH, filter)));
        bars.show(ReportCharts.bars(reports.breakdown(Breakdown.TEMPLATE, filter)));
        showTable();
        comparison.setFilter(filter);
    }

    private void showTable() {
        Breakdown by = breakdown.getValue();
        ReportFilter current = filter;
        if (by == Breakdown.CLIENT) {
            table.showLazily(by, (offset, limit) -> reports.clientPage(current, offset, limit),
                    () -> reports.clientCount(current));
        } else {
            table.show(by, reports.breakdown(by, current));
        }
    }

    private void export(DownloadEvent event) throws IOException {
        Breakdown by = breakdown.getValue();
        event.setFileName("report-by-" + by.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            reports.exportCsv(by, filter, out);
        }
    }

    List<ReportRow> shownRows() {
        return table.rows();
    }
}
