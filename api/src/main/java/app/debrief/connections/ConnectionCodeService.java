package app.debrief.connections;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.CurrentCoach;
import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coach's side: hand a client a connection code, see the client's connected browsers, revoke one. */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class ConnectionCodeService {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final ConnectionRepository connections;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    ConnectionCodeService(ConnectionRepository connections, CurrentCoach currentCoach, Clock clock) {
        this.connections = connections;
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    /**
     * A code carrying the practice's public address when the owner has set one, else {@code servedAddress}.
     *
     * @param servedAddress the address the portal is being served on, e.g. https://debrief.example.com
     */
    public IssuedCode issue(UUID clientId, String servedAddress) {
        CoachPrincipal coach = requireClient(clientId);
        String configured = connections.publicAddress(coach.practiceId());
        String origin;
        try {
            origin = ConnectionCodeFormat.originOf(configured != null ? configured : servedAddress);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The server's public address must be absolute, like https://debrief.example.com.");
        }
        String secret = Secrets.codeSecret();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(VALIDITY);
        connections.insertCode(coach.practiceId(), clientId, Secrets.sha256(secret), coach.coachId(), now, expiresAt);
        return new IssuedCode(ConnectionCodeFormat.format(origin, secret), expiresAt);
    }

    @Transactional(readOnly = true)
    public List<ExtensionConnection> connections(UUID clientId) {
        CoachPrincipal coach = requireClient(clientId);
        return connections.tokens(coach.practiceId(), clientId);
    }

    public void revoke(UUID tokenId) {
        CoachPrincipal coach = currentCoach.require();
        UUID clientId = connections.clientOfToken(coach.practiceId(), tokenId);
        if (clientId == null) {
            throw new NotFoundException("The connection");
        }
        requireClient(clientId);
        connections.revoke(coach.practiceId(), tokenId, clock.instant());
    }

    private CoachPrincipal requireClient(UUID clientId) {
        CoachPrincipal coach = currentCoach.require();
        @Nullable UUID onlyOwn = coach.isOwner() ? null : coach.coachId();
        if (!connections.clientVisible(coach.practiceId(), clientId, onlyOwn)) {
            throw new NotFoundException("The client");
        }
        return coach;
    }
}
