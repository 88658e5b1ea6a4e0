package app.debrief.reports;

/** What a report table is broken down by. */
public enum Breakdown {
    TEMPLATE("Template"),
    TEMPLATE_VERSION("Template version"),
    LIBRARY("Library"),
    COACH("Coach"),
    CLIENT("Client"),
    TIME_TO_SEND("Time to send"),
    WEBMAIL("Webmail"),
    MONTH("Month");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
