package app.debrief.clients;

import java.util.UUID;

/**
 * Published inside the transaction that archives or restores a client, so features that depend on
 * the client being active (the extension's tokens) take note in the same transaction.
 */
public record ClientStatusChanged(UUID practiceId, UUID clientId) {
}
