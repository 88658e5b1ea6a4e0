package app.debrief.templates;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A template as the extension receives it: the exact version (requests point at it), already
 * parsed, so the extension only joins segments and never parses. {@code practiceFollowUp} marks the
 * practice's follow-up template (offered to every client, its library assigned or not), so the answer,
 * and its ETag, change when the owner picks another.
 */
public record ClientTemplate(UUID versionId, UUID templateId, String name, TemplateKind kind, String library,
        @Nullable String subject, List<Segment> subjectSegments, List<Segment> segments,
        @Schema(description = "True for the practice's follow-up template, offered to every client whether or not "
                + "its library is assigned to them") boolean practiceFollowUp) {
}
