package app.debrief.templates;

/** A library whose templates were published may be in use by clients and reports: it stays. */
public final class LibraryInUseException extends RuntimeException {

    public LibraryInUseException(String libraryName) {
        super("\"" + libraryName + "\" has published templates that clients and reports may use, so it cannot be "
                + "deleted. Retire its templates instead.");
    }
}
