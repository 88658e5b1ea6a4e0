package app.debrief.requests;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Everything the request view shows: the request, its history, its follow-ups and the coach's notes. */
public record RequestDetail(UUID id, UUID clientId, String clientName, String company, @Nullable String role,
        @Nullable String interviewerName, Channel channel, @Nullable String webmail, Instant rejectionAt,
        RequestState state, @Nullable TemplateUsed template, @Nullable RequestLink parent, List<RequestLink> followUps,
        List<TimelineEntry> timeline, List<FeedbackNote> notes, ZoneId zone, int noReplyDays) {

    /** When the request itself was first sent (a follow-up's send does not count). */
    public @Nullable Instant sentAt() {
        return timeline.stream()
                .filter(entry -> !entry.followUp() && entry.type() == EventType.SENT)
                .map(TimelineEntry::occurredAt)
                .min(Instant::compareTo)
                .orElse(null);
    }

    public @Nullable Duration timeToSend() {
        return TimeToSend.between(rejectionAt, sentAt());
    }

    public boolean sentLate() {
        return TimeToSend.late(timeToSend());
    }
}
