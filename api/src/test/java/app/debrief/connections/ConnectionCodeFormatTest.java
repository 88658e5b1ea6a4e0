package app.debrief.connections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class ConnectionCodeFormatTest {

    @Test
    void a_code_carries_the_server_origin_for_the_extension_and_a_secret_for_the_server() {
        String code = ConnectionCodeFormat.format("https://coach.example.com", "ABCDEFGHJKMNPQRS");

        String[] parts = code.split("\\.");
        assertThat(parts[0]).isEqualTo("DBR1");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                .isEqualTo("https://coach.example.com");
        assertThat(ConnectionCodeFormat.secretOf("  " + code + "\n")).hasValue("ABCDEFGHJKMNPQRS");
    }

    @Test
    void anything_else_has_no_secret() {
        assertThat(ConnectionCodeFormat.secretOf("DBR2.eA.ABCDEFGH")).isEmpty();
        assertThat(ConnectionCodeFormat.secretOf("DBR1.eA.abc")).isEmpty();
        assertThat(ConnectionCodeFormat.secretOf("DBR1.ABCDEFGH")).isEmpty();
        assertThat(ConnectionCodeFormat.secretOf("")).isEmpty();
    }

    @Test
    void the_origin_keeps_scheme_host_and_port_only() {
        assertThat(ConnectionCodeFormat.originOf("https://debrief.example.com/portal/clients"))
                .isEqualTo("https://debrief.example.com");
        assertThat(ConnectionCodeFormat.originOf("http://localhost:8080/")).isEqualTo("http://localhost:8080");
    }

    @Test
    void secrets_carry_at_least_forty_bits() {
        String secret = Secrets.codeSecret();
        assertThat(secret).matches("[A-Z2-7]{16}");
        assertThat(secret.length() * 5).isGreaterThanOrEqualTo(40);
        assertThat(Secrets.codeSecret()).isNotEqualTo(secret);
    }
}
