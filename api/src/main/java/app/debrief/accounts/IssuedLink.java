package app.debrief.accounts;

import java.time.Instant;

/** The secret of a one-time link, shown to the owner once: only its hash is kept. */
public record IssuedLink(String token, Instant expiresAt) {
}
