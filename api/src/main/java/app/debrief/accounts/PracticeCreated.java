package app.debrief.accounts;

import java.util.UUID;

/**
 * Published inside the set-up transaction, so features that give every new practice something
 * (the starter library) do it in the same transaction, without accounts knowing about them.
 */
public record PracticeCreated(UUID practiceId, UUID ownerId) {
}
