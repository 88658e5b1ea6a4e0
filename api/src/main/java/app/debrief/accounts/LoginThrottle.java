package app.debrief.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * Slows down password guessing, per account and per address, with delays that grow with each
 * failure. An account's delay stays short (a stranger can slow a coach down, never lock them out);
 * an address's delay grows long. Counts live in the database, so every node sees them, and fade
 * after a day without failures.
 */
@Service
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration ACCOUNT_MAX_DELAY = Duration.ofSeconds(30);
    static final Duration ADDRESS_MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(24);

    private final LoginThrottleRepository throttles;
    private final Clock clock;

    LoginThrottle(LoginThrottleRepository throttles, Clock clock) {
        this.throttles = throttles;
        this.clock = clock;
    }

    /** How long this account or address must still wait before a password is checked, if at all. */
    public Optional<Duration> waitBefore(String email, String address) {
        Instant now = clock.instant();
        return throttles.find(List.of(key(ThrottleScope.ACCOUNT, email), key(ThrottleScope.ADDRESS, address)))
                .stream()
                .filter(state -> state.lastFailureAt().isAfter(now.minus(FORGET_AFTER)))
                .map(state -> Duration.between(now, state.lastFailureAt().plus(delayAfter(state.scope(), state.failures()))))
                .filter(wait -> wait.isPositive())
                .max(Duration::compareTo);
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        throttles.countFailure(key(ThrottleScope.ACCOUNT, email), now, now.minus(FORGET_AFTER));
        throttles.countFailure(key(ThrottleScope.ADDRESS, address), now, now.minus(FORGET_AFTER));
    }

    /** A correct password clears the account's count; the address keeps its own until it fades. */
    public void recordSuccess(String email) {
        throttles.clear(key(ThrottleScope.ACCOUNT, email));
    }

    /** Who is being slowed down right now, for the owner to see. */
    public List<ThrottleState> current() {
        Instant now = clock.instant();
        return throttles.failingSince(now.minus(FORGET_AFTER)).stream()
                .filter(state -> state.failures() > FREE_FAILURES)
                .toList();
    }

    static Duration delayAfter(ThrottleScope scope, int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        Duration max = scope == ThrottleScope.ACCOUNT ? ACCOUNT_MAX_DELAY : ADDRESS_MAX_DELAY;
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    private static ThrottleKey key(ThrottleScope scope, String value) {
        String normalised = scope == ThrottleScope.ACCOUNT ? AccountValidation.normaliseEmail(value) : value;
        return new ThrottleKey(scope, normalised.length() > 254 ? normalised.substring(0, 254) : normalised);
    }

    record ThrottleKey(ThrottleScope scope, String value) {
    }

    /** Failed log-ins counted for one account or address. */
    public record ThrottleState(ThrottleScope scope, String key, int failures, Instant lastFailureAt) {
    }
}
