package app.debrief.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.debrief.base.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaches join a practice by invitation: the owner creates a one-time link, valid 7 days, and hands
 * it over; whoever opens it chooses a password and becomes the coach. Only the link's hash is kept.
 */
@Service
@Transactional
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);
    static final String EMAIL_TAKEN = "Email is already used by a coach or a pending invitation.";

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final CurrentCoach currentCoach;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, AccountRepository accounts, CurrentCoach currentCoach,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.currentCoach = currentCoach;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates the invitation and returns its link's secret, which is never shown again. */
    @PreAuthorize("hasRole('OWNER')")
    public IssuedLink invite(InvitationDraft draft) {
        CoachPrincipal owner = currentCoach.require();
        Instant now = clock.instant();
        String email = AccountValidation.normaliseEmail(draft.email());
        var problems = new EnumMap<AccountField, String>(AccountField.class);
        if (!AccountValidation.isEmail(email)) {
            problems.put(AccountField.EMAIL, "Email must be an address like name@example.com.");
        } else if (invitations.emailTaken(owner.practiceId(), email, now)) {
            problems.put(AccountField.EMAIL, EMAIL_TAKEN);
        }
        AccountValidation.displayNameProblem(draft.displayName())
                .ifPresent(problem -> problems.put(AccountField.DISPLAY_NAME, problem));
        if (!problems.isEmpty()) {
            throw new InvalidAccountFieldsException(problems);
        }
        String token = Tokens.random();
        Instant expiresAt = now.plus(VALIDITY);
        invitations.insert(owner.practiceId(), new InvitationDraft(email, draft.displayName().strip(), draft.role()),
                Tokens.sha256(token), owner.coachId(), now, expiresAt);
        return new IssuedLink(token, expiresAt);
    }

    /** Invitations of the practice not accepted, revoked or expired, newest first. */
    @PreAuthorize("hasRole('OWNER')")
    @Transactional(readOnly = true)
    public List<PendingInvitation> pending() {
        return invitations.pending(currentCoach.require().practiceId(), clock.instant());
    }

    @PreAuthorize("hasRole('OWNER')")
    public void revoke(UUID invitationId) {
        if (invitations.revoke(currentCoach.require().practiceId(), invitationId, clock.instant()) == 0) {
            throw new NotFoundException("The invitation");
        }
    }

    /** For the public invitation page: the invitation behind a link, while it can still be accepted. */
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> open(String token) {
        if (!Tokens.plausible(token)) {
            return Optional.empty();
        }
        return invitations.open(Tokens.sha256(token), clock.instant());
    }

    /**
     * Creates the invited coach and uses the invitation up, in one transaction: a second use, an
     * expired or revoked link, or the loser of two simultaneous accepts gets
     * {@link LinkNoLongerValidException}, and exactly one coach exists.
     */
    public UUID accept(String token, String displayName, String password) {
        var problems = new EnumMap<AccountField, String>(AccountField.class);
        AccountValidation.displayNameProblem(displayName).ifPresent(p -> problems.put(AccountField.DISPLAY_NAME, p));
        AccountValidation.passwordProblem(password).ifPresent(p -> problems.put(AccountField.PASSWORD, p));
        if (!problems.isEmpty()) {
            throw new InvalidAccountFieldsException(problems);
        }
        if (!Tokens.plausible(token)) {
            throw new LinkNoLongerValidException();
        }
        Instant now = clock.instant();
        var invitation = invitations.claim(Tokens.sha256(token), now).orElseThrow(LinkNoLongerValidException::new);
        UUID coachId = UUID.randomUUID();
        try {
            accounts.insertCoach(invitation.practiceId(), coachId, invitation.email(), displayName.strip(),
                    passwordEncoder.encode(password), invitation.role(), now);
        } catch (DuplicateKeyException e) {
            // the claim rolls back with this exception: the owner can revoke and re-invite
            throw new InvalidAccountFieldsException(Map.of(AccountField.EMAIL,
                    "An account with this email exists already. Ask your practice owner."));
        }
        invitations.recordCoach(invitation.id(), coachId);
        return coachId;
    }
}
