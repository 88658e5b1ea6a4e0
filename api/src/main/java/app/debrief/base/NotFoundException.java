package app.debrief.base;

/**
 * Asked for something that does not exist, or that belongs to another practice: both answer the
 * same, so nobody learns which ids exist elsewhere.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
