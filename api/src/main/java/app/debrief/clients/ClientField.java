package app.debrief.clients;

/** The fields of a client a problem can be about, so a form shows it at the right place. */
public enum ClientField {
    NAME,
    EMAIL,
    TARGET_FIELD,
    COACH
}
