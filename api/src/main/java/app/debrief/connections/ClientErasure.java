package app.debrief.connections;

import app.debrief.clients.ClientErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An erased client's browsers are disconnected for good: their tokens and the codes nobody used yet
 * are deleted, in the erasing transaction (a failure here undoes the erasure too). Used codes stay:
 * they are only hashes and dates, kept with the anonymised row.
 */
@Component
class ClientErasure {

    private final ConnectionRepository connections;

    ClientErasure(ConnectionRepository connections) {
        this.connections = connections;
    }

    @EventListener
    void onErased(ClientErased erased) {
        connections.deleteTokens(erased.practiceId(), erased.clientId());
        connections.deleteUnusedCodes(erased.practiceId(), erased.clientId());
    }
}
