package app.debrief.templates;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A library as the libraries view shows it: its templates, and whether the viewer may edit it. */
public record LibraryView(UUID id, String name, @Nullable String description, String authorName, boolean starter,
        boolean editable, List<TemplateSummary> templates) {
}
