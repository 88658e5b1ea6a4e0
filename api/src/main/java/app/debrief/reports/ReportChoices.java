package app.debrief.reports;

import java.time.YearMonth;
import java.util.List;

/**
 * What the signed-in coach may pick in the reports: coaches (every coach for the owner, oneself for a
 * coach), libraries and templates of the practice, and the months that hold data.
 */
public record ReportChoices(List<ReportOption> coaches, List<ReportOption> libraries,
        List<ReportOption> templates, YearMonth firstMonth, YearMonth thisMonth) {
}
