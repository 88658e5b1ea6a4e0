package app.debrief.accounts;

/**
 * An invitation or password-reset link that was used already, has expired, was revoked or replaced,
 * or never existed: all answer the same, so a link tells nobody anything but that it does not work.
 */
public final class LinkNoLongerValidException extends RuntimeException {

    public LinkNoLongerValidException() {
        super("This link is no longer valid. Ask your practice owner for a new one.");
    }
}
