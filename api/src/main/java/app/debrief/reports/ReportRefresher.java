package app.debrief.reports;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the report summaries up to date, every minute, on every node: it takes in the requests
 * updated since the practice's watermark (with a margin for transactions that committed late or
 * clocks a little behind), marks the months they were and are counted in, and recomputes those
 * months. Nothing is locked beyond the rows written; a deadlock (MariaDB error 1213) is retried.
 * Reports are therefore at most about a minute behind, plus the time a refresh takes.
 */
@Component
public class ReportRefresher {

    /** Requests updated this long before the watermark are looked at again: a late commit is not missed. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    private static final int DEADLOCK = 1213;
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    private static final int ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ReportRefresher.class);

    private final RollupRepository rollups;
    private final TransactionTemplate transaction;

    ReportRefresher(RollupRepository rollups, PlatformTransactionManager transactions) {
        this.rollups = rollups;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Scheduled(fixedDelayString = "${debrief.reports.refresh-every:PT1M}",
            initialDelayString = "${debrief.reports.refresh-every:PT1M}")
    void scheduledRefresh() {
        try {
            refreshAll();
        } catch (RuntimeException e) {
            LOG.warn("Refreshing the report summaries failed; the next run tries again", e);
        }
    }

    /** Brings every practice's summaries up to date. */
    public void refreshAll() {
        for (UUID practiceId : rollups.practices()) {
            refresh(practiceId);
        }
    }

    /** Brings one practice's summaries up to date; returns how many request rows it took in. */
    public int refresh(UUID practiceId) {
        int taken = retried(() -> transaction.execute(status -> takeInChanges(practiceId)));
        for (var dirty : rollups.dirtyMonths(practiceId)) {
            retried(() -> transaction.execute(status -> rollups.rollUp(practiceId, dirty.month())));
        }
        return taken;
    }

    /** Forgets and recomputes a practice's summaries from scratch. */
    public int rebuild(UUID practiceId) {
        retried(() -> transaction.execute(status -> {
            rollups.forget(practiceId);
            return true;
        }));
        return refresh(practiceId);
    }

    private int takeInChanges(UUID practiceId) {
        UUID token = UUID.randomUUID();
        rollups.markReassignedClients(practiceId, token);
        var latest = rollups.latestUpdate(practiceId);
        if (latest.isEmpty()) {
            return 0;
        }
        Instant after = rollups.watermark(practiceId).map(mark -> mark.minus(MARGIN)).orElse(null);
        var changed = rollups.changed(practiceId, after, latest.get());
        var span = rollups.changedSpan(changed);
        int taken = 0;
        if (span.isPresent()) {
            var months = rollups.months(rollups.zone(practiceId), span.get().value1(), span.get().value2());
            rollups.markChangedMonths(practiceId, changed, months, token);
            taken = rollups.upsertRequests(changed, months);
        }
        rollups.advanceWatermark(practiceId, latest.get());
        return taken;
    }

    private static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLockConflict(e)) {
                    throw e;
                }
                LOG.debug("Report refresh hit a lock conflict, attempt {} of {}", attempt, ATTEMPTS, e);
            }
        }
    }

    static boolean isLockConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sqlError
                    && (sqlError.getErrorCode() == DEADLOCK || sqlError.getErrorCode() == LOCK_WAIT_TIMEOUT)) {
                return true;
            }
            if (cause instanceof org.springframework.dao.PessimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }
}
