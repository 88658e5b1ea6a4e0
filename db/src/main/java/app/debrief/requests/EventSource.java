package app.debrief.requests;

/** Who recorded an event: the job seeker's extension, a coach in the portal, or the system's timeout. */
public enum EventSource {
    EXTENSION,
    PORTAL,
    SYSTEM
}
