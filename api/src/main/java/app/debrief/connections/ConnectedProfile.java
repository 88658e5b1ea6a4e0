package app.debrief.connections;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** What the extension learns about who it is connected as, and the practice's settings it needs. */
public record ConnectedProfile(Client client, Coach coach, Practice practice, Settings settings) {

    public record Client(UUID id, String name) {
    }

    public record Coach(String name) {
    }

    public record Practice(String name, String timeZone) {
    }

    /**
     * @param followUpTemplateId the template (in GET /templates) the extension offers for the one
     *     follow-up, or {@code null} when the practice has chosen none
     */
    public record Settings(int noReplyDays, int followUpDay,
            @Schema(description = "The template, among GET /api/v1/templates, to offer for the one follow-up; "
                    + "null when the practice offers none", nullable = true) @Nullable UUID followUpTemplateId) {
    }
}
