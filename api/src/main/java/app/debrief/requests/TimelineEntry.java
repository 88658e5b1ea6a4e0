package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One step of a request's history: what happened, when (the sender's clock), who recorded it
 * (the coach's name for the portal), and whether it happened to a follow-up of the request.
 */
public record TimelineEntry(UUID eventId, EventType type, Instant occurredAt, EventSource source,
        @Nullable String recordedBy, boolean followUp) {
}
