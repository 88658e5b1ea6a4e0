package app.debrief.templates;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client a library is assigned to, as the library's assignment dialog lists them. */
public record AssignedClient(UUID id, String name, @Nullable String email) {
}
