package app.debrief.clients;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of the client book. */
public record ClientSummary(UUID id, String name, @Nullable String email, @Nullable String targetField,
        ClientStatus status, UUID coachId, String coachName, Instant createdAt) {
}
