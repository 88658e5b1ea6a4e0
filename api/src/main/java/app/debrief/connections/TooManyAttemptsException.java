package app.debrief.connections;

import java.time.Duration;

/** Too many wrong codes from one address: the next try is answered 429 until the wait is over. */
public final class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    TooManyAttemptsException(Duration retryAfter) {
        super("Too many wrong connection codes from this address. Try again in "
                + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minutes.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
