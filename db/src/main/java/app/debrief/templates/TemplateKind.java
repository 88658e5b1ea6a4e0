package app.debrief.templates;

/** What a template is for; each kind has its own courtesy checks and word limit (DESIGN.md). */
public enum TemplateKind {
    EMAIL(150, "emails"),
    FOLLOW_UP(90, "follow-ups"),
    /** A call script: [stage directions] in square brackets are not spoken, so no check reads them. */
    PHONE(80, "phone scripts"),
    /** Thanks after feedback was given. */
    THANKS(120, "thank-you notes");

    private final int wordLimit;
    private final String plural;

    TemplateKind(int wordLimit, String plural) {
        this.wordLimit = wordLimit;
        this.plural = plural;
    }

    /** For explanations: "within the 150 words allowed for emails". */
    public String plural() {
        return plural;
    }

    public int wordLimit() {
        return wordLimit;
    }
}
