package app.debrief.accounts;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the practice and its owner, once: on the first-run page outside demo mode, or with the
 * demo data. The installation row's primary key makes a second attempt fail, even a concurrent one.
 */
@Service
public class PracticeSetupService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private volatile boolean setUp;

    PracticeSetupService(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.events = events;
    }

    /** Once true, true for good: nothing removes the installation row. */
    public boolean isSetUp() {
        if (!setUp) {
            setUp = accounts.installationExists();
        }
        return setUp;
    }

    /** Sets up the practice; refused with {@link SetupAlreadyDoneException} once it exists. */
    @Transactional
    public UUID setUp(NewPractice request) {
        return setUp(request, false);
    }

    /** The demo practice: the same set-up, marked as demo. Only demo mode calls this. */
    @Transactional
    public UUID setUpDemo(NewPractice request) {
        return setUp(request, true);
    }

    private UUID setUp(NewPractice request, boolean demo) {
        List<String> problems = AccountValidation.problemsWith(request);
        if (!problems.isEmpty()) {
            throw new InvalidAccountException(problems);
        }
        if (isSetUp()) {
            throw new SetupAlreadyDoneException();
        }
        var now = clock.instant();
        var practiceId = UUID.randomUUID();
        accounts.insertPractice(practiceId, request.practiceName().trim(), request.timeZone(), demo, now);
        try {
            accounts.insertInstallation(practiceId, now);
        } catch (DuplicateKeyException e) {
            throw new SetupAlreadyDoneException();
        }
        var ownerId = UUID.randomUUID();
        accounts.insertCoach(practiceId, ownerId, AccountValidation.normaliseEmail(request.ownerEmail()),
                request.ownerName().trim(), passwordEncoder.encode(request.ownerPassword()), Role.OWNER, now);
        events.publishEvent(new PracticeCreated(practiceId, ownerId));
        return practiceId;
    }
}
