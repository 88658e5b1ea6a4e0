package app.debrief.clients;

import java.util.UUID;

/**
 * Published inside the erasing transaction, so features that keep something of the client (the
 * extension's tokens and codes) remove it in the same transaction, without clients knowing about them.
 */
public record ClientErased(UUID practiceId, UUID clientId) {
}
