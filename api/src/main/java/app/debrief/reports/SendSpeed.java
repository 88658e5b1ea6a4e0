package app.debrief.reports;

/** Time from the rejection to the sent request, in the buckets the advice is about (DESIGN.md). */
public enum SendSpeed {
    UNDER_24H("Under 24 h"),
    H24_TO_72H("24–72 h"),
    OVER_72H("Over 72 h"),
    NOT_SENT("Not sent");

    static final int DAY_SECONDS = 24 * 3600;
    static final int THREE_DAYS_SECONDS = 72 * 3600;

    private final String label;

    SendSpeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
