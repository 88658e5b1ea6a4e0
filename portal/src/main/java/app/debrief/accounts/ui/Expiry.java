package app.debrief.accounts.ui;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the public link pages say until when a link works. */
final class Expiry {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK)
            .withZone(ZoneOffset.UTC);

    private Expiry() {
    }

    static String until(Instant expiresAt) {
        return WHEN.format(expiresAt);
    }
}
