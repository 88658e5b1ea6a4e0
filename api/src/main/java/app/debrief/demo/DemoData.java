package app.debrief.demo;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import app.debrief.accounts.NewPractice;
import app.debrief.accounts.PracticeSetupService;
import app.debrief.accounts.SetupAlreadyDoneException;
import app.debrief.clients.ClientStatus;
import app.debrief.demo.DemoDataRepository.DemoClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty database with a practice, its owner, a coach and a few clients, and
 * gives the demo practice its feedback requests.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<DemoClient> OWNER_CLIENTS = List.of(
            new DemoClient("Amélie Durand", "amelie.durand@example.com", "UX research", ClientStatus.ACTIVE),
            new DemoClient("Jonas Becker", "jonas.becker@example.com", "Data engineering", ClientStatus.ACTIVE));
    private static final List<DemoClient> COACH_CLIENTS = List.of(
            new DemoClient("Priya Natarajan", "priya.n@example.com", "Product management", ClientStatus.ACTIVE),
            new DemoClient("Sam O'Connor", "sam.oconnor@example.com", "Nursing", ClientStatus.ACTIVE),
            new DemoClient("Zoë Kowalski", "zoe.kowalski@example.com", "Marketing", ClientStatus.ACTIVE),
            new DemoClient("Mateo García", "mateo.garcia@example.com", "Finance", ClientStatus.ARCHIVED));

    private final DemoMode demoMode;
    private final PracticeSetupService setup;
    private final DemoDataRepository demo;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final DemoRequests requests;
    private final Clock clock;

    DemoData(DemoMode demoMode, PracticeSetupService setup, DemoDataRepository demo, PasswordEncoder passwordEncoder,
            TransactionTemplate transaction, DemoRequests requests, Clock clock) {
        this.demoMode = demoMode;
        this.setup = setup;
        this.demo = demo;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        if (!setup.isSetUp()) {
            try {
                transaction.executeWithoutResult(status -> seed());
                log.info("Demo data created: {}", DemoAccounts.PRACTICE);
            } catch (SetupAlreadyDoneException e) {
                log.info("Another node created the demo data first");
            }
        }
        requests.seedIfEmpty();
    }

    private void seed() {
        var now = clock.instant();
        UUID practiceId = setup.setUpDemo(new NewPractice(DemoAccounts.PRACTICE, "Europe/London", DemoAccounts.OWNER_NAME,
                DemoAccounts.OWNER_EMAIL, DemoAccounts.OWNER_PASSWORD));
        UUID ownerId = demo.ownerOf(practiceId);
        UUID coachId = demo.insertCoach(practiceId, DemoAccounts.COACH_EMAIL, DemoAccounts.COACH_NAME,
                passwordEncoder.encode(DemoAccounts.COACH_PASSWORD), now);
        OWNER_CLIENTS.forEach(client -> demo.insertClient(practiceId, ownerId, client, now));
        COACH_CLIENTS.forEach(client -> demo.insertClient(practiceId, coachId, client, now));
        demo.assignLibrariesToActiveClients(practiceId, ownerId, now);
    }
}
