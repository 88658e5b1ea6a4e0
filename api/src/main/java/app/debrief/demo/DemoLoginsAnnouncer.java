package app.debrief.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Prints the demo logins after the address, so the first run tells a newcomer how to sign in. */
@Component
class DemoLoginsAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(DemoLoginsAnnouncer.class);

    private final DemoMode demoMode;

    DemoLoginsAnnouncer(DemoMode demoMode) {
        this.demoMode = demoMode;
    }

    @EventListener
    @Order(1)
    void announce(ApplicationReadyEvent event) {
        if (demoMode.enabled()) {
            log.info("Demo mode. Sign in as the owner {} / {} or as the coach {} / {}", DemoAccounts.OWNER_EMAIL,
                    DemoAccounts.OWNER_PASSWORD, DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_PASSWORD);
        }
    }
}
