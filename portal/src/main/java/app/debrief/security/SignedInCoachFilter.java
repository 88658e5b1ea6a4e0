package app.debrief.security;

import java.io.IOException;
import java.util.Objects;

import app.debrief.accounts.CoachDetailsService;
import app.debrief.accounts.CoachPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the signed-in coach against the database on every portal request: a coach disabled (or
 * removed) since signing in loses their session on their next request, on whichever node it lands;
 * a changed name or role replaces the session's copy.
 */
final class SignedInCoachFilter extends OncePerRequestFilter {

    private final CoachDetailsService coaches;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SignedInCoachFilter(CoachDetailsService coaches) {
        this.coaches = coaches;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CoachPrincipal signedIn) {
            var current = coaches.reload(signedIn);
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (changed(signedIn, current.get())) {
                replace(authentication, current.get(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private void replace(Authentication old, CoachPrincipal coach, HttpServletRequest request,
            HttpServletResponse response) {
        var refreshed = UsernamePasswordAuthenticationToken.authenticated(coach, null, coach.getAuthorities());
        refreshed.setDetails(old.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private static boolean changed(CoachPrincipal before, CoachPrincipal now) {
        return !Objects.equals(before.displayName(), now.displayName()) || before.role() != now.role()
                || !Objects.equals(before.getUsername(), now.getUsername());
    }
}
