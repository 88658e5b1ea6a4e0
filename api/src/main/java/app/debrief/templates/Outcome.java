package app.debrief.templates;

/** A warning never blocks publishing; it asks the author to confirm. */
public enum Outcome {
    PASS,
    WARN,
    NOT_APPLICABLE
}
