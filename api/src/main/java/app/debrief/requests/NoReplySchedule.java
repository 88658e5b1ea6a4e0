package app.debrief.requests;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the no-reply timeout on every node, every {@code debrief.no-reply.interval} (ISO-8601, default
 * 15 minutes). Integration tests switch it off ({@code debrief.no-reply.schedule=false}) and run
 * the job at the moments they choose.
 */
@Component
@ConditionalOnProperty(name = "debrief.no-reply.schedule", havingValue = "true", matchIfMissing = true)
class NoReplySchedule {

    private final NoReplyTimeout timeout;

    NoReplySchedule(NoReplyTimeout timeout) {
        this.timeout = timeout;
    }

    @Scheduled(fixedDelayString = "${debrief.no-reply.interval:PT15M}",
            initialDelayString = "${debrief.no-reply.initial-delay:PT1M}")
    void run() {
        timeout.run();
    }
}
