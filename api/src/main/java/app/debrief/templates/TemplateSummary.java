package app.debrief.templates;

import java.time.Instant;
import java.util.UUID;

/** A template in a list: enough to find it and see its state. */
public record TemplateSummary(UUID id, String name, TemplateKind kind, TemplateStatus status, int currentVersion,
        Instant updatedAt) {
}
