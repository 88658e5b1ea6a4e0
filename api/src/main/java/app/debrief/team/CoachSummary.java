package app.debrief.team;

import java.util.UUID;

import app.debrief.accounts.Role;

/** A coach of the practice on the owner's roster; clients counts the active and archived ones. */
public record CoachSummary(UUID id, String displayName, String email, Role role, boolean enabled, int clients) {
}
