package app.debrief.connections;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who an API call comes from: a client's extension, through one of its tokens. {@code templatesStamp}
 * is the practice's templates stamp read with the token, so the templates answer needs no query of
 * its own while nothing in it has changed.
 */
public record ExtensionClient(UUID tokenId, UUID clientId, UUID practiceId, @Nullable Instant lastUsedAt,
        long templatesStamp) {
}
