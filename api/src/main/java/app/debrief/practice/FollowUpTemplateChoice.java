package app.debrief.practice;

import java.util.UUID;

/** A published follow-up template of the practice, which the owner can offer every client. */
public record FollowUpTemplateChoice(UUID id, String name, String libraryName) {
}
