package app.debrief.reports;

/** Two templates side by side: their figures and the differences of their rates (first minus second). */
public record TemplateComparison(ReportRow first, ReportRow second, Rate.Difference responseRate,
        Rate.Difference feedbackRate) {
}
