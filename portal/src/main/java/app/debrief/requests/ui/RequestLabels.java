package app.debrief.requests.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.debrief.requests.Channel;
import app.debrief.requests.EventSource;
import app.debrief.requests.EventType;
import app.debrief.requests.ReportedOutcome;
import app.debrief.requests.RequestState;
import app.debrief.requests.TimelineEntry;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/** The words and badges the request screens use for states, events, sources, times and durations. */
public final class RequestLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", Locale.UK);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private RequestLabels() {
    }

    public static String state(RequestState state) {
        return switch (state) {
            case REJECTION_LOGGED -> "Rejection logged";
            case DRAFTED -> "Drafted";
            case SENT -> "Sent, waiting";
            case REPLIED_FEEDBACK -> "Feedback received";
            case REPLIED_DECLINED -> "Declined";
            case NO_REPLY -> "No reply";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    public static Span stateBadge(RequestState state) {
        var badge = new Span(state(state));
        badge.getElement().getThemeList().add(switch (state) {
            case REPLIED_FEEDBACK -> "badge success";
            case REPLIED_DECLINED, NO_REPLY, WITHDRAWN -> "badge contrast";
            case SENT -> "badge";
            case REJECTION_LOGGED, DRAFTED -> "badge contrast pill";
        });
        return badge;
    }

    static String outcome(ReportedOutcome outcome) {
        return switch (outcome) {
            case FEEDBACK -> "They gave feedback";
            case DECLINED -> "They declined to give feedback";
            case NO_REPLY -> "No reply";
            case WITHDRAWN -> "Withdrawn: the client dropped it";
        };
    }

    static String event(TimelineEntry entry, Channel channel, int noReplyDays) {
        String what = switch (entry.type()) {
            case REJECTION_LOGGED -> "Rejection logged";
            case DRAFTED -> channel == Channel.PHONE ? "Call script opened" : "Draft inserted in the webmail";
            case SENT -> channel == Channel.PHONE ? "Asked on the phone" : "Sent";
            case REPLIED_FEEDBACK -> "Reply: feedback given";
            case REPLIED_DECLINED -> "Reply: declined to give feedback";
            case NO_REPLY -> entry.source() == EventSource.SYSTEM ? "No reply after " + noReplyDays + " days"
                    : "No reply";
            case WITHDRAWN -> "Withdrawn";
        };
        return entry.followUp() ? "Follow-up · " + what : what;
    }

    static String source(TimelineEntry entry) {
        return switch (entry.source()) {
            case EXTENSION -> isReply(entry.type()) ? "Extension · confirmed by the job seeker" : "Extension · job seeker";
            case PORTAL -> "Portal · " + (entry.recordedBy() == null ? "coach" : entry.recordedBy());
            case SYSTEM -> "System · no-reply timeout";
        };
    }

    private static boolean isReply(EventType type) {
        return type == EventType.REPLIED_FEEDBACK || type == EventType.REPLIED_DECLINED;
    }

    /** "Tue 3 Nov 2026, 14:05 GMT" in the practice's zone. */
    public static String when(Instant instant, ZoneId zone) {
        return WHEN.format(instant.atZone(zone));
    }

    /** "3 Nov 2026" in the practice's zone, for narrow columns. */
    public static String date(Instant instant, ZoneId zone) {
        return DATE.format(instant.atZone(zone));
    }

    /** "42 min", "5 h 20 min", "3 days 4 h". */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            long rest = minutes % 60;
            return hours < 10 && rest > 0 ? hours + " h " + rest + " min" : hours + " h";
        }
        long days = hours / 24;
        long restHours = hours % 24;
        return restHours == 0 ? days + " days" : days + " days " + restHours + " h";
    }

    static String channel(Channel channel, @Nullable String webmail) {
        if (channel == Channel.PHONE) {
            return "By phone";
        }
        return webmail == null ? "By email" : "By email · " + switch (webmail) {
            case "gmail" -> "Gmail";
            case "outlook" -> "Outlook";
            case "yahoo" -> "Yahoo Mail";
            case "roundcube" -> "Roundcube";
            default -> "other webmail";
        };
    }
}
