package app.debrief.accounts;

import java.time.Instant;

/** What the password-reset page shows: whose password it sets, and until when the link works. */
public record ResetDetails(String practiceName, String email, String displayName, Instant expiresAt) {
}
