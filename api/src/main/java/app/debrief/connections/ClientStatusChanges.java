package app.debrief.connections;

import app.debrief.clients.ClientStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only an active client's tokens are good: archiving a client stops them, restoring it lets them
 * work again. Either moves the practice's tokens version, in the same transaction, so every node
 * reads those tokens afresh on their next call.
 */
@Component
class ClientStatusChanges {

    private final ConnectionRepository connections;

    ClientStatusChanges(ConnectionRepository connections) {
        this.connections = connections;
    }

    @EventListener
    void onStatusChanged(ClientStatusChanged changed) {
        connections.tokensChanged(changed.practiceId());
    }
}
