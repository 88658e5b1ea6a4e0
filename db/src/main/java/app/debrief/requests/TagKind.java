package app.debrief.requests;

/** What a feedback tag says about the candidate: something to keep, or something to work on. */
public enum TagKind {
    STRENGTH,
    TO_IMPROVE
}
