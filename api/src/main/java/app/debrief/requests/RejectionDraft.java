package app.debrief.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A rejection the coach logs for a client: the 24-hour clock starts when it arrived. */
public record RejectionDraft(String company, @Nullable String role, @Nullable String interviewerName,
        Channel channel, Instant arrivedAt) {
}
