package app.debrief.clients;

import app.debrief.base.InvalidInputException;

/** An email became taken between the check and the write: the whole import was rolled back. */
public class ImportConflictException extends InvalidInputException {

    ImportConflictException() {
        super("While the import ran, another client with one of the file's emails was added to the practice, "
                + "so nothing was imported. Check the file again to see which row.");
    }
}
