package app.debrief.clients;

/** Import every row (refused while any row has a problem), or explicitly only the good rows. */
public enum ImportChoice {
    ALL_ROWS,
    GOOD_ROWS
}
