package app.debrief.accounts;

/** What a portal user may do: an owner runs the practice, a coach runs their own clients. */
public enum Role {
    OWNER,
    COACH
}
