package app.debrief.templates;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A template's working text, as the editor loads it. */
public record TemplateDraft(UUID id, UUID libraryId, String libraryName, String name, TemplateKind kind,
        TemplateStatus status, @Nullable String subject, String body, int currentVersion, boolean editable) {
}
