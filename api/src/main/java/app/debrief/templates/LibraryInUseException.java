package app.debrief.templates;

/** A library whose templates were published may be in use by clients and reports: it stays. */
public final class LibraryInUseException extends RuntimeException {

    public LibraryInUseException(String libraryName) {
        super("\"" + libraryName + "\" is assigned to clients or has published templates that reports use, so it "
                + "cannot be deleted. Retire its templates instead.");
    }
}
