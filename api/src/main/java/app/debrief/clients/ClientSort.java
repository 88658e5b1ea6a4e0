package app.debrief.clients;

/** The columns the client book sorts by, in the database. */
public enum ClientSort {
    NAME,
    EMAIL,
    STATUS,
    CREATED,
    COACH
}
