package app.debrief.accounts;

/** The fields of the invitation, acceptance, reset and account forms a problem can be about. */
public enum AccountField {
    EMAIL,
    DISPLAY_NAME,
    PASSWORD,
    CURRENT_PASSWORD
}
