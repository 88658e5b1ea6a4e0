package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request sent and not answered yet; the no-reply timeout falls at {@code noReplyAt}. */
public record WaitingRequest(UUID requestId, UUID clientId, String clientName, String coachName, String company,
        @Nullable String role, Instant sentAt, Instant noReplyAt, boolean followUp) {
}
