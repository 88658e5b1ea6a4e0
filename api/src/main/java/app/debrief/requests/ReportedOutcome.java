package app.debrief.requests;

/** What a coach can record when the client reports the outcome by phone. */
public enum ReportedOutcome {
    FEEDBACK(EventType.REPLIED_FEEDBACK),
    DECLINED(EventType.REPLIED_DECLINED),
    NO_REPLY(EventType.NO_REPLY),
    WITHDRAWN(EventType.WITHDRAWN);

    private final EventType event;

    ReportedOutcome(EventType event) {
        this.event = event;
    }

    public EventType event() {
        return event;
    }
}
