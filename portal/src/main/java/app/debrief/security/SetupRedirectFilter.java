package app.debrief.security;

import java.io.IOException;
import java.util.List;

import app.debrief.accounts.PracticeSetupService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the practice is set up, every portal page leads to the one-time setup page. Framework
 * requests, the API and health checks pass through; once set up, this filter does nothing.
 */
final class SetupRedirectFilter extends OncePerRequestFilter {

    private static final List<String> PASS_THROUGH = List.of("/setup", "/VAADIN/", "/api/", "/actuator/");

    private final PracticeSetupService setup;

    SetupRedirectFilter(PracticeSetupService setup) {
        this.setup = setup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPageRequest(request) && !setup.isSetUp()) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isPageRequest(HttpServletRequest request) {
        // a page is what a browser navigates to; stylesheets, scripts and Vaadin's own calls pass
        String accept = request.getHeader("Accept");
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null || accept == null
                || !accept.contains("text/html")) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PASS_THROUGH.stream().noneMatch(path::startsWith);
    }
}
