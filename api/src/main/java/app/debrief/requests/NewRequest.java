package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

/**
 * A request to insert unless its id exists. Equal only to itself, not a record: two calls with the
 * same id in one batch are two inserts, of which the second finds the first's row (as in sequence).
 */
final class NewRequest {

    final UUID practiceId;
    final UUID clientId;
    final UUID id;
    final RequestDraft draft;
    final Instant now;

    NewRequest(UUID practiceId, UUID clientId, UUID id, RequestDraft draft, Instant now) {
        this.practiceId = practiceId;
        this.clientId = clientId;
        this.id = id;
        this.draft = draft;
        this.now = now;
    }
}
