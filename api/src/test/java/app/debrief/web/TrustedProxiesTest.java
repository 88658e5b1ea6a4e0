package app.debrief.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", " 192.168.1.5 ", "2001:db8::/32"));

    @Test
    void a_peer_that_is_not_a_trusted_proxy_is_the_client_whatever_it_forwards() {
        assertThat(proxies.clientAddress("198.51.100.4", List.of("203.0.113.9"))).isEqualTo("198.51.100.4");
        assertThat(new TrustedProxies(List.of()).clientAddress("10.0.0.1", List.of("203.0.113.9"))).isEqualTo("10.0.0.1");
    }

    @Test
    void behind_a_trusted_proxy_the_rightmost_untrusted_hop_is_the_client() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 192.168.1.5"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", List.of("6.6.6.6", "203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("2001:db8::1", List.of("2001:0db9::7"))).isEqualTo("2001:0db9::7");
    }

    @Test
    void a_chain_of_trusted_proxies_only_gives_the_leftmost_address_they_vouch_for() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("10.9.9.9, 192.168.1.5"))).isEqualTo("10.9.9.9");
        assertThat(proxies.clientAddress("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void garbage_in_the_header_stops_the_walk_and_never_triggers_a_name_lookup() {
        assertThat(proxies.clientAddress("10.1.2.3", List.of("evil.example.com, 203.0.113.9"))).isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.1.2.3", List.of("203.0.113.9, unknown"))).isEqualTo("10.1.2.3");
        assertThat(proxies.clientAddress("10.1.2.3", List.of("localhost"))).isEqualTo("10.1.2.3");
    }

    @Test
    void prefixes_match_bit_by_bit() {
        var narrow = new TrustedProxies(List.of("172.16.0.0/12"));
        assertThat(narrow.trusts("172.31.255.255")).isTrue();
        assertThat(narrow.trusts("172.32.0.1")).isFalse();
        assertThat(narrow.trusts("::ffff:172.16.0.1")).as("an IPv4-mapped address is the IPv4 address").isTrue();
    }

    @Test
    void a_bad_entry_is_refused_with_a_sentence_naming_it() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.internal")))
                .hasMessageContaining("\"proxy.internal\" is not an IP address or CIDR range");
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33")))
                .hasMessageContaining("prefix length outside 0..32");
    }
}
