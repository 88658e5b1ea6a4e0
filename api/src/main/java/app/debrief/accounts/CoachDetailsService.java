package app.debrief.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds a portal account by its email for form log-in. */
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
}
