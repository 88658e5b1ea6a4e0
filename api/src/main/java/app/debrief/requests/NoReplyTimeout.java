package app.debrief.requests;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records NO_REPLY (source SYSTEM) for requests sent more than their practice's no-reply days ago.
 * Every node may run it at the same moment: no lock is taken beyond the rows' own, and a deadlock
 * between two runs (MariaDB error 1213) rolls one back, which simply tries again.
 */
@Component
class NoReplyTimeout {

    private static final Logger log = LoggerFactory.getLogger(NoReplyTimeout.class);
    private static final int ATTEMPTS = 5;
    private static final int DEADLOCK = 1213;

    private final NoReplyRepository timeouts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NoReplyTimeout(NoReplyRepository timeouts, TransactionTemplate transaction, Clock clock) {
        this.timeouts = timeouts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Answers how many requests this run moved to NO_REPLY. */
    int run() {
        for (int attempt = 1; ; attempt++) {
            try {
                Integer moved = transaction.execute(status -> {
                    Instant now = clock.instant();
                    timeouts.recordDue(now);
                    return timeouts.applyTimeouts(now);
                });
                int count = moved == null ? 0 : moved;
                if (count > 0) {
                    log.info("{} feedback request(s) had no reply in time", count);
                }
                return count;
            } catch (DataAccessException e) {
                if (attempt == ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == DEADLOCK || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A short random pause, longer each time, so two nodes that collided do not collide again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(10, 50L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
