package app.debrief.clients;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a coach types about a client. {@code coachId} is the coach the client is assigned to: the
 * owner chooses it; for a coach it is themselves, and {@code null} means "me" (or "unchanged" on edit).
 */
public record ClientDraft(String name, @Nullable String email, @Nullable String targetField, @Nullable UUID coachId) {
}
