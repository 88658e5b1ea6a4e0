package app.debrief.reports;

import java.time.YearMonth;
import java.util.UUID;

import app.debrief.base.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Which requests a report counts: rejections from the first day of {@code from} to the last day of
 * {@code to}, in the practice's time zone; optionally one coach's clients and one library's templates.
 */
public record ReportFilter(YearMonth from, YearMonth to, @Nullable UUID coachId, @Nullable UUID libraryId) {

    static final int MAX_MONTHS = 120;

    public ReportFilter {
        if (from.isAfter(to)) {
            throw new InvalidInputException("From: the first month comes before the last one.");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new InvalidInputException("From: a report covers at most " + MAX_MONTHS / 12 + " years.");
        }
    }

    public static ReportFilter months(YearMonth from, YearMonth to) {
        return new ReportFilter(from, to, null, null);
    }

    public ReportFilter withCoach(@Nullable UUID coach) {
        return new ReportFilter(from, to, coach, libraryId);
    }

    public ReportFilter withLibrary(@Nullable UUID library) {
        return new ReportFilter(from, to, coachId, library);
    }
}
