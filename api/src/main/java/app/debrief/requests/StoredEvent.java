package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

/** One event of a request as the state computation needs it. */
public record StoredEvent(UUID id, EventType type, Instant occurredAt, EventSource source) {
}
