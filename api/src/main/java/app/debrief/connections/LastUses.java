package app.debrief.connections;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When each token was last used, written in batches: an extension's call then never waits for a
 * write (a commit each, under load the API's main cost), and the coach's "last used" is at most a
 * few seconds late. Uses not yet written are lost only if the node dies; the next call records one.
 */
@Component
class LastUses {

    private final ConnectionRepository connections;
    private final Map<UUID, Instant> pending = new ConcurrentHashMap<>();

    LastUses(ConnectionRepository connections) {
        this.connections = connections;
    }

    void used(UUID tokenId, Instant at) {
        pending.merge(tokenId, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
    }

    @Scheduled(fixedDelayString = "${debrief.api.last-use-flush:PT5S}")
    @PreDestroy
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<UUID, Instant> batch = new java.util.HashMap<>();
        for (UUID tokenId : pending.keySet()) {
            Instant at = pending.remove(tokenId);
            if (at != null) {
                batch.put(tokenId, at);
            }
        }
        if (!batch.isEmpty()) {
            connections.touch(batch, ExtensionConnector.TOUCH_INTERVAL);
        }
    }
}
