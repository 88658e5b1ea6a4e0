package app.debrief.templates.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateStatus;
import com.vaadin.flow.component.html.Span;

/** The words and badges the template views use for kinds, statuses and moments. */
final class TemplateLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private TemplateLabels() {
    }

    static String kind(TemplateKind kind) {
        return switch (kind) {
            case EMAIL -> "Email";
            case FOLLOW_UP -> "Follow-up";
            case PHONE -> "Phone script";
            case THANKS -> "Thank-you note";
        };
    }

    static String status(TemplateStatus status) {
        return switch (status) {
            case DRAFT -> "Draft";
            case PUBLISHED -> "Published";
            case RETIRED -> "Retired";
        };
    }

    static Span statusBadge(TemplateStatus status) {
        var badge = new Span(status(status));
        badge.getElement().getThemeList().add(switch (status) {
            case DRAFT -> "badge";
            case PUBLISHED -> "badge success";
            case RETIRED -> "badge contrast";
        });
        return badge;
    }

    static String version(int currentVersion) {
        return currentVersion == 0 ? "Not published yet" : "Version " + currentVersion;
    }

    /** Recent changes read best relative to now; older ones as a date. */
    static String whenRelative(Instant moment, Clock clock) {
        Duration ago = Duration.between(moment, clock.instant());
        if (ago.toMinutes() < 1) {
            return "just now";
        }
        if (ago.toHours() < 1) {
            return plural(ago.toMinutes(), "minute") + " ago";
        }
        if (ago.toDays() < 1) {
            return plural(ago.toHours(), "hour") + " ago";
        }
        if (ago.toDays() < 7) {
            return plural(ago.toDays(), "day") + " ago";
        }
        return DAY.format(moment);
    }

    static String when(Instant moment) {
        return DAY_AND_TIME.format(moment);
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
