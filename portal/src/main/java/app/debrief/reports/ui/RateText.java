package app.debrief.reports.ui;

import java.util.Locale;

import app.debrief.reports.Rate;
import app.debrief.reports.ReplyTime;
import org.jspecify.annotations.Nullable;

/** How rates, intervals and differences read in the portal. */
final class RateText {

    private RateText() {
    }

    /** "62% (55–68%)", or "–" without resolved requests. */
    static String rate(Rate rate) {
        if (rate.isEmpty()) {
            return "–";
        }
        return percent(rate.value()) + " (" + number(rate.interval().low()) + "–" + percent(rate.interval().high())
                + ")";
    }

    static String percent(double proportion) {
        return number(proportion) + "%";
    }

    /** A difference in percentage points, signed: "+11 points". */
    static String points(double difference) {
        long rounded = Math.round(difference * 100);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "") + Math.abs(rounded) + " points";
    }

    static String reply(@Nullable ReplyTime median) {
        return median == null ? "–" : median.label();
    }

    private static String number(double proportion) {
        return String.format(Locale.ENGLISH, "%.0f", proportion * 100);
    }
}
