package app.debrief.reports;

import java.time.YearMonth;

import org.jspecify.annotations.Nullable;

/**
 * The dashboard's figures: this month against last month, for the practice (owner) or the coach's
 * clients. A month holds the requests whose rejection fell in it, in the practice's time zone.
 */
public record KeyFigures(Month thisMonth, Month lastMonth) {

    public record Month(YearMonth month, Counts counts) {

        public int requestsLogged() {
            return counts.requests();
        }

        public int sent() {
            return counts.sent();
        }

        public Rate responseRate() {
            return counts.responseRate();
        }

        public Rate feedbackRate() {
            return counts.feedbackRate();
        }

        public @Nullable ReplyTime medianReplyTime() {
            return counts.medianReplyTime();
        }
    }
}
