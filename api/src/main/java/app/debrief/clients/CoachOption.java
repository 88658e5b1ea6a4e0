package app.debrief.clients;

import java.util.UUID;

/** A coach of the practice a client can be assigned to, or the book filtered by. */
public record CoachOption(UUID id, String name) {
}
