package app.debrief.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A coach's note on the feedback a request brought, with its strength and to-improve tags. */
public record FeedbackNote(UUID id, String body, String authorName, Instant createdAt, List<String> strengths,
        List<String> toImprove) {
}
