package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A rejection logged 20 hours ago or more with nothing sent yet: the 24-hour window is closing or closed. */
public record LateRejection(UUID requestId, UUID clientId, String clientName, String coachName, String company,
        @Nullable String role, Instant rejectionAt) {
}
