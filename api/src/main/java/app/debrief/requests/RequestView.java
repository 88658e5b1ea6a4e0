package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request as the extension lists it. */
public record RequestView(UUID id, String company, @Nullable String role, @Nullable String interviewerName,
        Channel channel, Instant rejectionAt, RequestState state, @Nullable UUID templateVersionId,
        @Nullable UUID parentRequestId) {
}
