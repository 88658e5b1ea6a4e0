package app.debrief.connections;

import static app.debrief.db.jooq.Tables.CONNECTION_CODE;
import static app.debrief.db.jooq.Tables.EXTENSION_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientService;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Erasing a client disconnects their browsers for good: tokens and unused codes are deleted, not just refused. */
@IntegrationTest
class ClientErasureIT {

    @Autowired
    ClientService clients;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    ExtensionConnector connector;

    @Autowired
    DSLContext sql;

    private UUID erased;
    private UUID kept;

    @BeforeEach
    void twoClientsWithConnectedBrowsers() {
        var data = new TestData(sql);
        CoachPrincipal coach = data.coach(data.practice(), Role.COACH);
        erased = data.client(coach, "Leaving Soon");
        kept = data.client(coach, "Staying On");
        TestData.signIn(coach);
        for (UUID client : new UUID[] {erased, kept}) {
            connector.connect(codes.issue(client, "https://debrief.example.com").code(), "Laptop", "192.0.2.1");
            connector.connect(codes.issue(client, "https://debrief.example.com").code(), "Phone", "192.0.2.1");
            codes.revoke(codes.connections(client).getFirst().id());
            codes.issue(client, "https://debrief.example.com");
        }
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void erasing_deletes_the_clients_tokens_and_unused_codes_and_keeps_the_used_ones_as_bare_hashes() {
        assertThat(tokens(erased)).isEqualTo(2);
        assertThat(codes(erased, true)).isEqualTo(1);

        clients.erase(erased);

        assertThat(tokens(erased)).isZero();
        assertThat(codes(erased, true)).isZero();
        assertThat(codes(erased, false)).isEqualTo(2);
        assertThat(codes.connections(kept)).hasSize(2);
        assertThat(tokens(kept)).isEqualTo(2);
        assertThat(codes(kept, true)).isEqualTo(1);
    }

    @Test
    void an_erased_clients_token_fails_on_its_next_call_even_on_a_node_that_read_it_before() {
        String token = connector.connect(codes.issue(erased, "https://debrief.example.com").code(), "Tablet",
                "192.0.2.1").token();
        String keptToken = connector.connect(codes.issue(kept, "https://debrief.example.com").code(), "Tablet",
                "192.0.2.1").token();
        assertThat(connector.authenticate(token)).isPresent();
        assertThat(connector.authenticate(keptToken)).isPresent();

        clients.erase(erased);

        assertThat(connector.authenticate(token)).isEmpty();
        assertThat(connector.authenticate(keptToken)).isPresent();
    }

    private int tokens(UUID client) {
        return sql.fetchCount(EXTENSION_TOKEN, EXTENSION_TOKEN.CLIENT_ID.eq(client));
    }

    private int codes(UUID client, boolean unused) {
        return sql.fetchCount(CONNECTION_CODE, CONNECTION_CODE.CLIENT_ID.eq(client)
                .and(unused ? CONNECTION_CODE.USED_AT.isNull() : CONNECTION_CODE.USED_AT.isNotNull()));
    }
}
