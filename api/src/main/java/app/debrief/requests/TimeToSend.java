package app.debrief.requests;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** From the rejection to the send: the product's advice is to ask within 24 hours (DESIGN.md). */
public final class TimeToSend {

    public static final Duration PROMPT = Duration.ofHours(24);

    private TimeToSend() {
    }

    public static @Nullable Duration between(Instant rejectionAt, @Nullable Instant sentAt) {
        return sentAt == null ? null : Duration.between(rejectionAt, sentAt);
    }

    public static boolean late(@Nullable Duration timeToSend) {
        return timeToSend != null && timeToSend.compareTo(PROMPT) > 0;
    }
}
