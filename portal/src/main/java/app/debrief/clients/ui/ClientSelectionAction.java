package app.debrief.clients.ui;

import java.util.List;

import app.debrief.clients.ClientSummary;

/**
 * Something the client book offers for the clients selected in its grid, contributed as a Spring bean
 * by another feature (templates: assign or remove a library), so clients need not depend on it.
 * Beans are offered in their {@code @Order}.
 */
public interface ClientSelectionAction {

    /** The button's text, such as "Assign library…". */
    String label();

    /** Opens whatever the action needs for these clients; {@code done} refreshes the book after a change. */
    void open(List<ClientSummary> selected, Runnable done);
}
