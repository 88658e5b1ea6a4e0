package app.debrief.reports.ui;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntSupplier;

import app.debrief.reports.Breakdown;
import app.debrief.reports.ReportRow;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/** A report table: one row per group, its rates with intervals, greyed where n is small. */
class RatesGrid extends Grid<ReportRow> {

    static final String SMALL_N = "small-n";

    private final Column<ReportRow> group;
    private final Column<ReportRow> detail;

    RatesGrid() {
        group = addColumn(ReportRow::label).setHeader("Template").setKey("group").setWidth("12rem").setFlexGrow(3)
                .setTooltipGenerator(ReportRow::label);
        detail = addColumn(ReportRow::detail).setHeader("Library").setKey("detail").setWidth("9rem")
                .setFlexGrow(2);
        number("Requests", row -> row.counts().requests());
        number("Open", row -> row.counts().open());
        number("Resolved (n)", row -> row.counts().resolved());
        addColumn(row -> RateText.rate(row.counts().responseRate())).setHeader("Response rate")
                .setKey("response").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> RateText.rate(row.counts().feedbackRate())).setHeader("Feedback rate")
                .setKey("feedback").setAutoWidth(true).setFlexGrow(0);
        addColumn(row -> RateText.reply(row.counts().medianReplyTime())).setHeader("Median reply")
                .setKey("median").setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(row -> row.counts().responseRate().isSmall() ? SMALL_N : null);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setWidthFull();
    }

    private void number(String header, java.util.function.ToIntFunction<ReportRow> value) {
        addColumn(row -> value.applyAsInt(row)).setHeader(header).setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
    }

    void show(Breakdown by, List<ReportRow> rows) {
        label(by);
        setAllRowsVisible(true);
        setItems(rows);
    }

    /** The client breakdown, a page at a time from the database: a practice may have thousands. */
    void showLazily(Breakdown by, BiFunction<Integer, Integer, List<ReportRow>> page, IntSupplier count) {
        label(by);
        setAllRowsVisible(false);
        setHeight("30rem");
        setItems(query -> page.apply(query.getOffset(), query.getLimit()).stream(), query -> count.getAsInt());
    }

    List<ReportRow> rows() {
        return getGenericDataView().getItems().toList();
    }

    private void label(Breakdown by) {
        group.setHeader(by.label());
        String detailHeader = switch (by) {
            case TEMPLATE, TEMPLATE_VERSION -> "Library";
            case CLIENT -> "Coach";
            default -> "";
        };
        detail.setHeader(detailHeader);
        detail.setVisible(!detailHeader.isEmpty());
    }
}
