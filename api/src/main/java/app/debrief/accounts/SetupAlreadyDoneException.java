package app.debrief.accounts;

/** The practice has been set up already; the first-run page is gone for good. */
public final class SetupAlreadyDoneException extends RuntimeException {

    public SetupAlreadyDoneException() {
        super("Debrief has already been set up. Sign in instead.");
    }
}
