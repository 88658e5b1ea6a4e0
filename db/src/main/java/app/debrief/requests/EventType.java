package app.debrief.requests;

/** What happened to a feedback request; the steps of its lifecycle (DESIGN.md, "Request lifecycle"). */
public enum EventType {
    REJECTION_LOGGED,
    DRAFTED,
    SENT,
    REPLIED_FEEDBACK,
    REPLIED_DECLINED,
    NO_REPLY,
    WITHDRAWN
}
