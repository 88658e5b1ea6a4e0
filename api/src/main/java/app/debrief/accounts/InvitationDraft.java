package app.debrief.accounts;

/** Whom the owner invites: their email (their future log-in), the name others will see, and their role. */
public record InvitationDraft(String email, String displayName, Role role) {
}
