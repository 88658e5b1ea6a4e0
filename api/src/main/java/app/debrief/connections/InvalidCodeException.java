package app.debrief.connections;

/** A code that is malformed, unknown, used or expired: all read the same, so nothing leaks. */
public final class InvalidCodeException extends RuntimeException {

    InvalidCodeException() {
        super("This connection code is not valid: it may be mistyped, used already or expired. "
                + "Ask your coach for a new one.");
    }
}
