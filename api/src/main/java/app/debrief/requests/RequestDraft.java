package app.debrief.requests;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What the extension knows about a request; the server never gets the recipient's address, only its domain. */
public record RequestDraft(String company, @Nullable String role, @Nullable String interviewerName,
        @Nullable String recipientDomain, @Nullable String webmail, Channel channel, Instant rejectionAt,
        @Nullable UUID templateVersionId, @Nullable UUID parentRequestId) {
}
