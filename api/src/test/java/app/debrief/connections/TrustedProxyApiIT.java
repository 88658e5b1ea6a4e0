package app.debrief.connections;

import static app.debrief.db.jooq.Tables.CONNECTION_FAILURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import app.debrief.testsupport.ApiClient;
import app.debrief.testsupport.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a configured reverse proxy (here: loopback, where the test's calls come from), the limit on
 * wrong connection codes counts the client the proxy names, so one user's guesses do not lock out
 * everybody else behind the same proxy.
 */
@IntegrationTest(properties = "debrief.trusted-proxies=127.0.0.0/8, ::1")
class TrustedProxyApiIT {

    private static final List<String> ADDRESSES = List.of("203.0.113.7", "203.0.113.8", "127.0.0.1");

    @LocalServerPort
    int port;

    @Autowired
    DSLContext sql;

    private ApiClient api;

    @BeforeEach
    void noFailuresCounted() {
        api = new ApiClient(port);
        sql.deleteFrom(CONNECTION_FAILURE).where(CONNECTION_FAILURE.ADDRESS.in(ADDRESSES)).execute();
    }

    @Test
    void wrong_codes_are_counted_for_the_client_the_trusted_proxy_names() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(guessFrom("203.0.113.7").statusCode()).isEqualTo(400);
        }

        assertThat(guessFrom("203.0.113.7").statusCode()).isEqualTo(429);
        assertThat(guessFrom("203.0.113.8").statusCode()).as("another user behind the same proxy").isEqualTo(400);
        assertThat(sql.fetchCount(CONNECTION_FAILURE, CONNECTION_FAILURE.ADDRESS.eq("127.0.0.1")))
                .as("nothing counted against the proxy itself").isZero();
    }

    @Test
    void an_address_the_client_prepends_itself_is_not_believed() throws Exception {
        // The client sends "X-Forwarded-For: 192.0.2.1"; the proxy appends the address it saw.
        for (int i = 0; i < 10; i++) {
            assertThat(guessFrom("192.0.2." + i + ", 203.0.113.7").statusCode()).isEqualTo(400);
        }

        assertThat(guessFrom("192.0.2.200, 203.0.113.7").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> guessFrom(String forwardedFor) throws Exception {
        return api.send("POST", "/api/v1/connections", null,
                "{\"code\":\"DBR1.eA.WRONGWRONGWRONGWR\",\"label\":\"Guess\"}", "X-Forwarded-For", forwardedFor);
    }
}
