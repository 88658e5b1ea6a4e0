package app.debrief.base.database;

/** The embedded database could not be prepared or started; the message says what to do. */
public final class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    public EmbeddedDatabaseException(String message) {
        super(message);
    }
}
