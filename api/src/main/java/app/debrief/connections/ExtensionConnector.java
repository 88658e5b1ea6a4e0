package app.debrief.connections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.debrief.base.Coalescer;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.connections.ConnectionRepository.ActiveToken;
import app.debrief.connections.ConnectionRepository.PracticeVersions;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
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

    /** Lookups of each kind on their way at once; more concurrent calls wait to share the next round trips. */
    static final int LOOKUPS_IN_FLIGHT = 2;

    /** Good tokens this node keeps, with the tokens version they were read at. */
    static final long KNOWN_TOKENS = 200_000;

    private final ConnectionRepository connections;
    private final Clock clock;
    private final LastUses lastUses;
    private final Coalescer<String, ActiveToken> activeTokens;
    private final Coalescer<UUID, PracticeVersions> practiceVersions;
    private final Cache<String, ActiveToken> knownTokens = Caffeine.newBuilder()
            .maximumSize(KNOWN_TOKENS)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    ExtensionConnector(ConnectionRepository connections, Clock clock, LastUses lastUses) {
        this.connections = connections;
        this.clock = clock;
        this.lastUses = lastUses;
        this.activeTokens = new Coalescer<>(connections::activeTokens, LOOKUPS_IN_FLIGHT,
                ConnectionRepository.MAX_TOKENS);
        this.practiceVersions = new Coalescer<>(connections::practiceVersions, LOOKUPS_IN_FLIGHT,
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
     * Checked in the database on every call, so a revoked token stops working at once on every node.
     * A token this node read before costs only its practice's row: the tokens version, which every
     * revocation, deletion and archiving moves in its own transaction, and the templates stamp. While
     * the version has not moved the token is as it was read; when it has, the token is read afresh.
     * Concurrent calls share their reads (each read after its call began, so as fresh as a read of its
     * own), outside a transaction: opening one would add three round trips to every API call, and even
     * declaring none cost a tenth of a call's time.
     */
    public Optional<ExtensionClient> authenticate(String token) {
        String hash = Secrets.sha256(token);
        ActiveToken active = stillActive(hash);
        if (active == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // the read already says when the token was last used: most calls need no write at all
        Instant lastUsed = active.client().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(now.minus(TOUCH_INTERVAL))) {
            lastUses.used(active.client().tokenId(), now);
            knownTokens.put(hash, active.with(now, active.client().templatesStamp()));
        }
        return Optional.of(active.client());
    }

    private @Nullable ActiveToken stillActive(String hash) {
        ActiveToken known = knownTokens.getIfPresent(hash);
        if (known != null) {
            PracticeVersions versions = practiceVersions.get(known.client().practiceId());
            if (versions != null && versions.tokensVersion() == known.tokensVersion()) {
                return known.with(known.client().lastUsedAt(), versions.templatesStamp());
            }
            knownTokens.invalidate(hash);
        }
        ActiveToken found = activeTokens.get(hash);
        if (found != null) {
            knownTokens.put(hash, found);
        }
        return found;
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
