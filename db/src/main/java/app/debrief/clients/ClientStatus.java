package app.debrief.clients;

/** A client is worked with, set aside, or erased (personal data gone, counts kept). */
public enum ClientStatus {
    ACTIVE,
    ARCHIVED,
    ERASED
}
