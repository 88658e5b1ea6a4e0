package app.debrief.connections;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one pasteable string a coach hands out: {@code DBR1.<base64url of the server's origin>.<secret>}.
 * The extension reads the origin to ask for permission to reach that server; the server only ever
 * looks at the secret.
 */
public final class ConnectionCodeFormat {

    private static final String PREFIX = "DBR1";
    private static final Pattern SECRET = Pattern.compile("[A-Z2-7]{8,64}");

    private ConnectionCodeFormat() {
    }

    static String format(String origin, String secret) {
        String encodedOrigin = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(origin.getBytes(StandardCharsets.UTF_8));
        return PREFIX + "." + encodedOrigin + "." + secret;
    }

    /** The secret part of a well-formed code, or empty for anything else. */
    static Optional<String> secretOf(String code) {
        String[] parts = code.strip().split("\\.");
        if (parts.length != 3 || !PREFIX.equals(parts[0]) || !SECRET.matcher(parts[2]).matches()) {
            return Optional.empty();
        }
        return Optional.of(parts[2]);
    }

    /** An origin (scheme, host, port) from a public address such as https://coach.example.com/portal. */
    public static String originOf(String publicAddress) {
        URI uri = URI.create(publicAddress.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute address: " + publicAddress);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
