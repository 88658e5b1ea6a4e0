package app.debrief.requests;

import java.util.UUID;

/** Another request a request points at: its parent, or one of its follow-ups. */
public record RequestLink(UUID id, String company, RequestState state) {
}
