package app.debrief.reports;

/** A 95% confidence interval, as proportions (or differences of proportions) between -1 and 1. */
public record Interval(double low, double high) {

    public boolean contains(double value) {
        return low <= value && value <= high;
    }
}
