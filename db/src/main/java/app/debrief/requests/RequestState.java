package app.debrief.requests;

/** Where a feedback request stands, computed from all its events. */
public enum RequestState {
    REJECTION_LOGGED,
    DRAFTED,
    SENT,
    REPLIED_FEEDBACK,
    REPLIED_DECLINED,
    NO_REPLY,
    WITHDRAWN
}
