package app.debrief.connections;

import java.time.Instant;

/** A connection code, shown once to the coach: only its hash is kept. */
public record IssuedCode(String code, Instant expiresAt) {
}
