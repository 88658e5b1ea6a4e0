package app.debrief.security;

import java.io.IOException;
import java.util.List;

import app.debrief.connections.ExtensionClient;
import app.debrief.connections.ExtensionConnector;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates an API call by its bearer token; without a valid one the call stays anonymous (401). */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ExtensionConnector connector;

    BearerTokenFilter(ExtensionConnector connector) {
        this.connector = connector;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && header.length() < 512) {
            connector.authenticate(header.substring(PREFIX.length()).strip()).ifPresent(client -> {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new ExtensionAuthentication(client));
                SecurityContextHolder.setContext(context);
            });
        }
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static final class ExtensionAuthentication extends AbstractAuthenticationToken {

        private final ExtensionClient client;

        ExtensionAuthentication(ExtensionClient client) {
            super(List.of(new SimpleGrantedAuthority("ROLE_CLIENT")));
            this.client = client;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public ExtensionClient getPrincipal() {
            return client;
        }

        /** The token's id: asked on every call, and cheaper than the principal's record text. */
        @Override
        public String getName() {
            return client.tokenId().toString();
        }
    }
}
