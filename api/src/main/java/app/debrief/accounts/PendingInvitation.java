package app.debrief.accounts;

import java.time.Instant;
import java.util.UUID;

/** An invitation nobody has accepted yet, still valid, that the owner may revoke. */
public record PendingInvitation(UUID id, String email, String displayName, Role role, String invitedBy,
        Instant createdAt, Instant expiresAt) {
}
