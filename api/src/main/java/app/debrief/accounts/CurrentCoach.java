package app.debrief.accounts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in coach, for services that scope every query to their practice. */
@Component
public class CurrentCoach {

    public CoachPrincipal require() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoachPrincipal principal) {
            return principal;
        }
        throw new AccessDeniedException("No coach is signed in");
    }
}
