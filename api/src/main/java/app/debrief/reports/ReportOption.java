package app.debrief.reports;

import java.util.UUID;

/** A coach, library or template to filter or compare by. */
public record ReportOption(UUID id, String name) {
}
