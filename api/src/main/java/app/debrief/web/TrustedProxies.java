package app.debrief.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which peers may tell us the client's address. Behind a reverse proxy every request comes from the
 * proxy, so rate limits per address would lump all users together; but believing X-Forwarded-For
 * from anyone would let an attacker pick a fresh address for every guess. So the header is read
 * only when the direct peer is a configured proxy, from the right, skipping further trusted proxies:
 * the first address no trusted proxy vouches for is the client.
 */
final class TrustedProxies {

    private final List<Range> ranges;

    TrustedProxies(List<String> entries) {
        this.ranges = entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(Range::parse).toList();
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** The client's address, given the direct peer and the X-Forwarded-For values received. */
    String clientAddress(String peer, List<String> forwardedFor) {
        // the common case, every call of every API client: nothing to believe, nothing to parse
        if (ranges.isEmpty() || forwardedFor.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream()
                .flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isLiteralAddress(hop)) {
                // "unknown", an obfuscated name or garbage: nothing to the left of it can be trusted
                return client;
            }
            client = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return client;
    }

    boolean trusts(String address) {
        byte @Nullable [] bytes = literalBytes(address);
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    private static boolean isLiteralAddress(String text) {
        return literalBytes(text) != null;
    }

    /** The bytes of a numeric IPv4 or IPv6 address, or null: never a DNS lookup. */
    private static byte @Nullable [] literalBytes(String text) {
        String candidate = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean numeric = candidate.matches("[0-9.]+") && candidate.chars().filter(c -> c == '.').count() == 3
                || candidate.contains(":") && candidate.matches("[0-9A-Fa-f:.]+");
        if (!numeric) {
            return null;
        }
        try {
            return InetAddress.getByName(candidate).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int prefixBits) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte @Nullable [] bytes = literalBytes(address);
            if (bytes == null) {
                throw new IllegalArgumentException("debrief.trusted-proxies: \"" + entry
                        + "\" is not an IP address or CIDR range (such as 10.0.0.5 or 10.0.0.0/24)");
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("debrief.trusted-proxies: \"" + entry
                            + "\" has a prefix length outside 0.." + bytes.length * 8);
                }
            }
            return new Range(bytes, bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefixBits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefixBits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
