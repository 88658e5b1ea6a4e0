package app.debrief.connections;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One browser a client connected, as the coach sees it. */
public record ExtensionConnection(UUID id, String label, Instant createdAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {
}
