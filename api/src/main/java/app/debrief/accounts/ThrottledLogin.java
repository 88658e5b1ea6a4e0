package app.debrief.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * An account or address being slowed down after failed log-ins: how many failures, how long its
 * next attempt must still wait (zero once the wait has passed), and when it last failed.
 */
public record ThrottledLogin(ThrottleScope scope, String key, int failures, Duration currentWait,
        Instant lastFailureAt) {
}
