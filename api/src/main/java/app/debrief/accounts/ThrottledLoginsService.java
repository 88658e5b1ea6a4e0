package app.debrief.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.debrief.accounts.LoginThrottle.ThrottleKey;
import app.debrief.accounts.LoginThrottle.ThrottleState;
import app.debrief.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is being slowed down after failed log-ins, for the owner to see and, for someone they know,
 * to clear. An owner sees the accounts of their own practice; the owner of the practice that set the
 * installation up (who runs the server) also sees addresses and unknown accounts, never another
 * practice's coaches.
 */
@Service
@PreAuthorize("hasRole('OWNER')")
@Transactional
public class ThrottledLoginsService {

    private final LoginThrottle throttle;
    private final LoginThrottleRepository throttles;
    private final AccountRepository accounts;
    private final CurrentCoach currentCoach;
    private final Clock clock;

    ThrottledLoginsService(LoginThrottle throttle, LoginThrottleRepository throttles, AccountRepository accounts,
            CurrentCoach currentCoach, Clock clock) {
        this.throttle = throttle;
        this.throttles = throttles;
        this.accounts = accounts;
        this.currentCoach = currentCoach;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ThrottledLogin> current() {
        UUID practiceId = currentCoach.require().practiceId();
        List<ThrottleState> states = throttle.current();
        Visibility visibility = visibility(practiceId, states);
        Instant now = clock.instant();
        return states.stream()
                .filter(visibility::shows)
                .map(state -> new ThrottledLogin(state.scope(), state.key(), state.failures(), waitOf(state, now),
                        state.lastFailureAt()))
                .toList();
    }

    /** Forgets the failures of one account or address: its next log-in is checked at once. */
    public void clear(ThrottleScope scope, String key) {
        UUID practiceId = currentCoach.require().practiceId();
        var state = new ThrottleState(scope, key, 0, clock.instant());
        if (!visibility(practiceId, List.of(state)).shows(state)) {
            throw new NotFoundException("The throttled log-in");
        }
        throttles.clear(new ThrottleKey(scope, key));
    }

    private Visibility visibility(UUID practiceId, List<ThrottleState> states) {
        var emails = states.stream().filter(state -> state.scope() == ThrottleScope.ACCOUNT).map(ThrottleState::key)
                .toList();
        boolean runsServer = accounts.installationPractice().filter(practiceId::equals).isPresent();
        return new Visibility(practiceId, runsServer, accounts.practicesByEmail(emails));
    }

    private static Duration waitOf(ThrottleState state, Instant now) {
        Duration wait = Duration.between(now,
                state.lastFailureAt().plus(LoginThrottle.delayAfter(state.scope(), state.failures())));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private record Visibility(UUID practiceId, boolean runsServer, Map<String, UUID> practicesByEmail) {

        boolean shows(ThrottleState state) {
            if (state.scope() == ThrottleScope.ADDRESS) {
                return runsServer;
            }
            Optional<UUID> practice = Optional.ofNullable(practicesByEmail.get(state.key()));
            return practice.map(id -> Objects.equals(id, practiceId)).orElse(runsServer);
        }
    }
}
