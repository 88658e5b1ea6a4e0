package app.debrief.accounts;

/** What a count of failed log-ins is kept for. */
public enum ThrottleScope {
    ACCOUNT,
    ADDRESS
}
