package app.debrief.accounts;

import java.time.Instant;

/** What the invitee sees on the invitation page before accepting. */
public record InvitationDetails(String practiceName, String email, String displayName, Role role,
        Instant expiresAt) {
}
