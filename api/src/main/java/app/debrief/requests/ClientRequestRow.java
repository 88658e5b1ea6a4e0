package app.debrief.requests;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One of a client's requests, as their list shows it; follow-ups are counted, and shown on the request. */
public record ClientRequestRow(UUID id, String company, @Nullable String role, RequestState state, Instant rejectionAt,
        @Nullable Instant sentAt, int followUps) {

    public @Nullable Duration timeToSend() {
        return TimeToSend.between(rejectionAt, sentAt);
    }

    public boolean sentLate() {
        return TimeToSend.late(timeToSend());
    }
}
