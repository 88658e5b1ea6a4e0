package app.debrief.connections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.debrief.base.Coalescer;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extension's side: exchange a code for a token, authenticate calls by their token, disconnect.
 * Wrong codes are counted per address in the database, so every node enforces the same limit.
 */
@Service
public class ExtensionConnector {

    static final int MAX_WRONG_CODES = 10;
    static final Duration WRONG_CODE_WINDOW = Duration.ofMinutes(10);
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** Token lookups on their way at once; more concurrent calls wait to share the next round trips. */
    static final int LOOKUPS_IN_FLIGHT = 2;

    private final ConnectionRepository connections;
    private final Clock clock;
    private final LastUses lastUses;
    private final Coalescer<String, ExtensionClient> activeTokens;

    ExtensionConnector(ConnectionRepository connections, Clock clock, LastUses lastUses) {
        this.connections = connections;
        this.clock = clock;
        this.lastUses = lastUses;
        this.activeTokens = new Coalescer<>(connections::activeTokens, LOOKUPS_IN_FLIGHT,
                ConnectionRepository.MAX_TOKENS);
    }

    /** The wrong code is recorded even though the call fails: that is what the limit counts. */
    @Transactional(noRollbackFor = InvalidCodeException.class)
    public Connected connect(String code, String label, String address) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(WRONG_CODE_WINDOW);
        if (connections.failuresSince(address, windowStart) >= MAX_WRONG_CODES) {
            Instant oldest = connections.oldestFailureSince(address, windowStart);
            Duration wait = oldest == null ? WRONG_CODE_WINDOW : Duration.between(now, oldest.plus(WRONG_CODE_WINDOW));
            throw new TooManyAttemptsException(wait.isNegative() ? Duration.ofSeconds(1) : wait);
        }
        String cleanLabel = label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 80) {
            throw new InvalidInputException("label: give this browser a name of 1 to 80 characters.");
        }
        var claimed = ConnectionCodeFormat.secretOf(code)
                .flatMap(secret -> connections.claim(Secrets.sha256(secret), now));
        if (claimed.isEmpty()) {
            connections.recordFailure(address, now);
            throw new InvalidCodeException();
        }
        String token = Secrets.token();
        UUID practiceId = claimed.get().practiceId();
        UUID clientId = claimed.get().clientId();
        connections.insertToken(practiceId, clientId, UUID.randomUUID(), Secrets.sha256(token), cleanLabel, now);
        ConnectedProfile profile = profile(practiceId, clientId);
        return new Connected(token, profile.client(), profile.coach(), profile.practice(), profile.settings());
    }

    /**
     * Looked up on every call, so a revoked token stops working at once on every node. Concurrent
     * calls share their lookups (each read after its call began, so as fresh as a read of its own),
     * outside a transaction: opening one would add three round trips to every API call, and even
     * declaring none cost a tenth of a call's time.
     */
    public Optional<ExtensionClient> authenticate(String token) {
        Optional<ExtensionClient> client = Optional.ofNullable(activeTokens.get(Secrets.sha256(token)));
        Instant now = clock.instant();
        // the lookup already says when the token was last used: most calls need no write at all
        client.filter(found -> found.lastUsedAt() == null || found.lastUsedAt().isBefore(now.minus(TOUCH_INTERVAL)))
                .ifPresent(found -> lastUses.used(found.tokenId(), now));
        return client;
    }

    @Transactional(readOnly = true)
    public ConnectedProfile profile(ExtensionClient client) {
        return profile(client.practiceId(), client.clientId());
    }

    private ConnectedProfile profile(UUID practiceId, UUID clientId) {
        return connections.profile(practiceId, clientId).orElseThrow(() -> new NotFoundException("The client"));
    }

    @Transactional
    public void disconnect(ExtensionClient client) {
        connections.revoke(client.practiceId(), client.tokenId(), clock.instant());
    }
}
