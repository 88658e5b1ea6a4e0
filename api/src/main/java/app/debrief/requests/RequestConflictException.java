package app.debrief.requests;

/** An event id already used for another request: the sender must choose a fresh id. */
public final class RequestConflictException extends RuntimeException {

    RequestConflictException(String message) {
        super(message);
    }
}
