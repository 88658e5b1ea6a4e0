package app.debrief.requests;

/** How the request is made: a written email, or a question asked on the phone. */
public enum Channel {
    EMAIL,
    PHONE
}
