package app.debrief.demo;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the demo practice four months of feedback requests, events and notes, once: when it has no
 * request yet (a demo database made before requests existed gets them on its next start too).
 */
@Component
class DemoRequests {

    private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

    private final DemoRequestsRepository demo;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoRequests(DemoRequestsRepository demo, TransactionTemplate transaction, Clock clock) {
        this.demo = demo;
        this.transaction = transaction;
        this.clock = clock;
    }

    void seedIfEmpty() {
        transaction.executeWithoutResult(status -> demo.demoPractice()
                .filter(practiceId -> !demo.hasRequests(practiceId))
                .ifPresent(practiceId -> {
                    var plan = DemoRequestPlan.of(practiceId, demo.clients(practiceId), demo.versions(practiceId),
                            clock.instant());
                    demo.insert(practiceId, plan);
                    log.info("Demo requests created: {} requests, {} notes", plan.requests().size(),
                            plan.notes().size());
                }));
    }
}
