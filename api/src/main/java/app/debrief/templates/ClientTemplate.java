package app.debrief.templates;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A template as the extension receives it: the exact version (requests point at it), already
 * parsed, so the extension only joins segments and never parses.
 */
public record ClientTemplate(UUID versionId, UUID templateId, String name, TemplateKind kind, String library,
        @Nullable String subject, List<Segment> subjectSegments, List<Segment> segments) {
}
