package app.debrief.team.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and waits as the coaches screen writes them. */
final class When {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private When() {
    }

    static String at(Instant instant) {
        return FORMAT.format(instant);
    }

    static String waiting(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return "None now";
        }
        long seconds = wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0);
        return seconds < 60 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
