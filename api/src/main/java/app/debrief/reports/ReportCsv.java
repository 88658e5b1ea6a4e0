package app.debrief.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.debrief.base.CsvWriter;

/** A report table as CSV: one row per group, rates as decimals with their intervals. */
final class ReportCsv {

    static final List<String> HEADER_TAIL = List.of("Requests", "Sent", "Feedback", "Declined", "No reply",
            "Withdrawn", "Open", "Resolved (n)", "Response rate", "Response rate low (95%)",
            "Response rate high (95%)", "Feedback rate", "Feedback rate low (95%)", "Feedback rate high (95%)",
            "Median time to reply");

    private ReportCsv() {
    }

    static void write(CsvWriter csv, Breakdown by, List<ReportRow> rows) {
        var header = new ArrayList<String>();
        boolean detail = !detailHeader(by).isEmpty();
        header.add(by.label());
        if (detail) {
            header.add(detailHeader(by));
        }
        header.addAll(HEADER_TAIL);
        csv.row(List.copyOf(header));
        for (ReportRow row : rows) {
            Counts counts = row.counts();
            var cells = new ArrayList<String>();
            cells.add(row.label());
            if (detail) {
                cells.add(row.detail());
            }
            for (int value : new int[] {counts.requests(), counts.sent(), counts.feedback(), counts.declined(),
                    counts.noReply(), counts.withdrawn(), counts.open(), counts.resolved()}) {
                cells.add(Integer.toString(value));
            }
            addRate(cells, counts.responseRate());
            addRate(cells, counts.feedbackRate());
            var median = counts.medianReplyTime();
            cells.add(median == null ? "" : median.label());
            csv.row(List.copyOf(cells));
        }
    }

    private static void addRate(List<String> cells, Rate rate) {
        if (rate.isEmpty()) {
            cells.addAll(List.of("", "", ""));
            return;
        }
        cells.add(decimal(rate.value()));
        cells.add(decimal(rate.interval().low()));
        cells.add(decimal(rate.interval().high()));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String detailHeader(Breakdown by) {
        return switch (by) {
            case TEMPLATE, TEMPLATE_VERSION -> "Library";
            case CLIENT -> "Coach";
            default -> "";
        };
    }
}
