package app.debrief.accounts;

import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Finds a portal account by its email for form log-in (a disabled coach's account is found disabled,
 * so log-in refuses it), and re-reads a signed-in coach on each request, so disabling one ends their
 * open sessions.
 */
@Service
public class CoachDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    CoachDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findPrincipalByEmail(AccountValidation.normaliseEmail(email))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    /**
     * The signed-in coach as they are now: empty when disabled or gone, so their session ends. Read by
     * practice and id from the session's own principal, on every node.
     */
    public Optional<CoachPrincipal> reload(CoachPrincipal signedIn) {
        return accounts.findPrincipalById(signedIn.practiceId(), signedIn.coachId())
                .filter(CoachPrincipal::isEnabled)
                .map(coach -> {
                    coach.eraseCredentials();
                    return coach;
                });
    }
}
