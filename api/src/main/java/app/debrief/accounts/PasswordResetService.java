package app.debrief.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password-reset links, since no email is sent: the owner issues a one-time link for a coach, valid
 * 24 hours, and hands it over. A new link voids the older ones; using one sets the password and
 * nothing else (sessions, invitations and other coaches are left as they are).
 */
@Service
@Transactional
public class PasswordResetService {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final CurrentCoach currentCoach;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PasswordResetService(PasswordResetRepository resets, AccountRepository accounts, CurrentCoach currentCoach,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.resets = resets;
        this.accounts = accounts;
        this.currentCoach = currentCoach;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('OWNER')")
    public IssuedLink issue(UUID coachId) {
        CoachPrincipal owner = currentCoach.require();
        var coach = accounts.findPrincipalById(owner.practiceId(), coachId)
                .orElseThrow(() -> new NotFoundException("The coach"));
        if (!coach.isEnabled()) {
            throw new InvalidInputException("Enable " + coach.displayName() + " again before issuing a reset link.");
        }
        Instant now = clock.instant();
        resets.voidOpenLinks(owner.practiceId(), coachId, now);
        String token = Tokens.random();
        Instant expiresAt = now.plus(VALIDITY);
        resets.insert(owner.practiceId(), coachId, Tokens.sha256(token), owner.coachId(), now, expiresAt);
        return new IssuedLink(token, expiresAt);
    }

    /** For the public reset page: whose password the link sets, while it still works. */
    @Transactional(readOnly = true)
    public Optional<ResetDetails> open(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return resets.open(Tokens.sha256(token), clock.instant());
    }

    /** Sets the new password and uses the link up; {@link LinkNoLongerValidException} when it cannot. */
    public void reset(String token, String newPassword) {
        AccountValidation.passwordProblem(newPassword).ifPresent(problem -> {
            throw new InvalidAccountFieldsException(AccountField.PASSWORD, problem);
        });
        if (!Tokens.plausible(token)) {
            throw new LinkNoLongerValidException();
        }
        var claimed = resets.claim(Tokens.sha256(token), clock.instant())
                .orElseThrow(LinkNoLongerValidException::new);
        accounts.updatePassword(claimed.practiceId(), claimed.coachId(), passwordEncoder.encode(newPassword));
    }
}
