package app.debrief.accounts;

import app.debrief.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every coach's own account: their display name and password, and nobody else's. */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
public class AccountService {

    static final String WRONG_CURRENT_PASSWORD = "Current password is not right.";

    private final AccountRepository accounts;
    private final CurrentCoach currentCoach;
    private final PasswordEncoder passwordEncoder;

    AccountService(AccountRepository accounts, CurrentCoach currentCoach, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.currentCoach = currentCoach;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public MyAccount me() {
        CoachPrincipal coach = currentCoach.require();
        return accounts.myAccount(coach.practiceId(), coach.coachId())
                .orElseThrow(() -> new NotFoundException("Your account"));
    }

    public void rename(String displayName) {
        AccountValidation.displayNameProblem(displayName).ifPresent(problem -> {
            throw new InvalidAccountFieldsException(AccountField.DISPLAY_NAME, problem);
        });
        CoachPrincipal coach = currentCoach.require();
        accounts.updateDisplayName(coach.practiceId(), coach.coachId(), displayName.strip());
    }

    /** Asks for the current password, so a session left open is not enough to take the account over. */
    public void changePassword(String currentPassword, String newPassword) {
        CoachPrincipal coach = currentCoach.require();
        String hash = accounts.findPrincipalById(coach.practiceId(), coach.coachId())
                .orElseThrow(() -> new NotFoundException("Your account")).getPassword();
        if (!passwordEncoder.matches(currentPassword, hash)) {
            throw new InvalidAccountFieldsException(AccountField.CURRENT_PASSWORD, WRONG_CURRENT_PASSWORD);
        }
        AccountValidation.passwordProblem(newPassword).ifPresent(problem -> {
            throw new InvalidAccountFieldsException(AccountField.PASSWORD, problem);
        });
        accounts.updatePassword(coach.practiceId(), coach.coachId(), passwordEncoder.encode(newPassword));
    }
}
