package app.debrief.templates;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One immutable version: who published it and when, and, if checks warned, which ones and who
 * confirmed publishing anyway.
 */
public record TemplateVersionView(UUID id, int version, @Nullable String subject, String body, String authorName,
        Instant createdAt, List<CheckId> warnings, @Nullable String warningsConfirmedBy) {
}
