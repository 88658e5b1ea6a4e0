package app.debrief.connections;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Who an API call comes from: a client's extension, through one of its tokens. */
public record ExtensionClient(UUID tokenId, UUID clientId, UUID practiceId, @Nullable Instant lastUsedAt) {
}
