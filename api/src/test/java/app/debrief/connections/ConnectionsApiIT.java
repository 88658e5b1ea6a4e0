package app.debrief.connections;

import static app.debrief.db.jooq.Tables.CONNECTION_CODE;
import static app.debrief.db.jooq.Tables.CONNECTION_FAILURE;
import static app.debrief.db.jooq.Tables.EXTENSION_TOKEN;
import static app.debrief.db.jooq.Tables.PRACTICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.NotFoundException;
import app.debrief.clients.ClientService;
import app.debrief.testsupport.ApiClient;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.MutableClock;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import app.debrief.practice.PracticeSettings;
import app.debrief.practice.PracticeSettingsService;
import app.debrief.templates.TemplateKind;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The extension's connection over real HTTP: code for token, me, disconnect, revocation, limits, tenancy. */
@IntegrationTest
class ConnectionsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    ExtensionConnector connector;

    @Autowired
    ConnectionRepository repository;

    @Autowired
    ClientService clients;

    @Autowired
    DSLContext sql;

    @Autowired
    MutableClock clock;

    @Autowired
    LastUses lastUses;

    private ApiClient api;
    private final JsonMapper json = JsonMapper.builder().build();
    private CoachPrincipal coach;
    private UUID client;

    @BeforeEach
    void aCoachWithAClient() {
        api = new ApiClient(port);
        // every call of this class comes from 127.0.0.1: start each test with no wrong codes counted
        sql.deleteFrom(CONNECTION_FAILURE).where(CONNECTION_FAILURE.ADDRESS.eq("127.0.0.1")).execute();
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        client = data.client(coach, "Noor Haddad");
        TestData.signIn(coach);
    }

    @AfterEach
    void signOutAndForgetWrongCodes() {
        TestData.signOut();
        // the classes that follow connect from 127.0.0.1 too, on the same clock: leave no wrong codes counted
        sql.deleteFrom(CONNECTION_FAILURE).where(CONNECTION_FAILURE.ADDRESS.eq("127.0.0.1")).execute();
    }

    @Test
    void a_code_is_exchanged_once_for_a_token_that_identifies_the_client_until_it_disconnects() throws Exception {
        IssuedCode issued = codes.issue(client, "http://localhost:" + port + "/portal");
        assertThat(issued.code()).startsWith("DBR1.");
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

        var connected = post("/api/v1/connections", "{\"code\":\"" + issued.code() + "\",\"label\":\"Laptop Chrome\"}");
        assertThat(connected.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(connected.body());
        String token = body.get("token").asString();
        assertThat(token).hasSizeGreaterThanOrEqualTo(40);
        assertThat(body.at("/client/name").asString()).isEqualTo("Noor Haddad");
        assertThat(body.at("/coach/name").asString()).isEqualTo(coach.displayName());
        assertThat(body.at("/settings/noReplyDays").asInt()).isEqualTo(10);
        assertThat(sql.fetchValue(EXTENSION_TOKEN.TOKEN_HASH, EXTENSION_TOKEN.CLIENT_ID.eq(client)))
                .isNotEqualTo(token).hasSize(64);

        var again = post("/api/v1/connections", "{\"code\":\"" + issued.code() + "\",\"label\":\"Second\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(again.body()).contains("\"field\":\"code\"").contains("not valid");

        var me = get("/api/v1/me", token);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(json.readTree(me.body()).at("/client/name").asString()).isEqualTo("Noor Haddad");

        assertThat(delete("/api/v1/tokens/current", token).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(401);
    }

    @Test
    void an_expired_code_is_refused() throws Exception {
        IssuedCode issued = codes.issue(client, "https://debrief.example.com");
        clock.advance(Duration.ofDays(7).plusSeconds(1));

        var response = post("/api/v1/connections", "{\"code\":\"" + issued.code() + "\",\"label\":\"Late\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("expired");
    }

    @Test
    void a_token_the_coach_revokes_fails_on_its_next_call() throws Exception {
        String token = connect();
        UUID tokenId = codes.connections(client).getFirst().id();
        assertThat(get("/api/v1/me", token).statusCode()).as("read once, and kept by this node").isEqualTo(200);

        codes.revoke(tokenId);

        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertThat(codes.connections(client).getFirst().revokedAt()).isNotNull();
    }

    @Test
    void a_token_revoked_while_other_calls_share_the_lookups_fails_on_its_next_call() throws Exception {
        List<String> others = List.of(connect(), connect(), connect(), connect());
        var stop = new AtomicBoolean();
        var answered = new AtomicInteger();
        var refused = new ConcurrentLinkedQueue<Integer>();
        var background = Executors.newFixedThreadPool(12);
        try {
            for (int caller = 0; caller < 12; caller++) {
                String token = others.get(caller % others.size());
                background.submit(() -> {
                    while (!stop.get()) {
                        int status = get("/api/v1/templates", token).statusCode();
                        if (status == 200) {
                            answered.incrementAndGet();
                        } else {
                            refused.add(status);
                        }
                    }
                    return null;
                });
            }
            for (int round = 0; round < 15; round++) {
                String revoked = connect();
                assertThat(get("/api/v1/templates", revoked).statusCode()).isEqualTo(200);

                codes.revoke(sql.fetchValue(EXTENSION_TOKEN.ID, EXTENSION_TOKEN.TOKEN_HASH.eq(Secrets.sha256(revoked))));

                assertThat(get("/api/v1/templates", revoked).statusCode()).as("round %d", round).isEqualTo(401);
            }
        } finally {
            stop.set(true);
            background.shutdown();
            assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(refused).as("the other tokens kept working").isEmpty();
        assertThat(answered.get()).as("calls ran alongside").isGreaterThan(50);
    }

    @Test
    void archiving_a_client_stops_its_tokens_on_their_next_call_and_restoring_it_lets_them_work_again()
            throws Exception {
        String token = connect();
        String otherClientsToken = api.connect(codes.issue(new TestData(sql).client(coach, "Ines Moreau"),
                "https://debrief.example.com").code());
        assertThat(get("/api/v1/templates", token).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/templates", otherClientsToken).statusCode()).isEqualTo(200);

        clients.archive(client);

        assertThat(get("/api/v1/templates", token).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/templates", otherClientsToken).statusCode()).as("another client's token").isEqualTo(200);

        clients.restore(client);

        assertThat(get("/api/v1/templates", token).statusCode()).isEqualTo(200);
    }

    @Test
    void a_node_that_read_a_token_before_sees_its_revocation_on_another_node_at_its_next_call() throws Exception {
        // a second node: its own memory of tokens, the same database
        var otherNode = new ExtensionConnector(repository, clock, lastUses);
        String token = connect();
        String kept = connect();
        assertThat(otherNode.authenticate(token)).isPresent();
        assertThat(otherNode.authenticate(kept)).isPresent();

        assertThat(delete("/api/v1/tokens/current", token).statusCode()).as("disconnected through this node")
                .isEqualTo(204);

        assertThat(otherNode.authenticate(token)).isEmpty();
        assertThat(otherNode.authenticate(kept)).isPresent();
        codes.revoke(codes.connections(client).stream().filter(c -> c.revokedAt() == null).findFirst().orElseThrow()
                .id());
        assertThat(otherNode.authenticate(kept)).isEmpty();
    }

    @Test
    void a_token_read_before_gets_the_templates_stamp_as_it_is_now() throws Exception {
        String token = connect();
        long before = connector.authenticate(token).orElseThrow().templatesStamp();

        // as a template published in the practice moves it
        sql.update(PRACTICE).set(PRACTICE.TEMPLATES_STAMP, PRACTICE.TEMPLATES_STAMP.plus(1))
                .where(PRACTICE.ID.eq(coach.practiceId())).execute();

        assertThat(connector.authenticate(token).orElseThrow().templatesStamp()).isEqualTo(before + 1);
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() throws Exception {
        String token = connect();
        get("/api/v1/me", token);
        lastUses.flush();
        var first = codes.connections(client).getFirst().lastUsedAt();
        assertThat(first).isEqualTo(clock.instant());

        clock.advance(Duration.ofSeconds(30));
        get("/api/v1/me", token);
        lastUses.flush();
        assertThat(codes.connections(client).getFirst().lastUsedAt()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(31));
        get("/api/v1/me", token);
        lastUses.flush();
        assertThat(codes.connections(client).getFirst().lastUsedAt()).isEqualTo(clock.instant());
    }

    @Test
    void one_flush_writes_each_token_its_own_last_use() throws Exception {
        String laptop = connect();
        String phone = connect();
        get("/api/v1/me", laptop);
        lastUses.flush();
        Instant laptopUse = clock.instant();

        clock.advance(Duration.ofMinutes(2));
        get("/api/v1/me", phone);
        clock.advance(Duration.ofSeconds(5));
        get("/api/v1/me", laptop);
        lastUses.flush();

        // the phone was used 5 s before the laptop's second use
        var uses = codes.connections(client).stream().map(ExtensionConnection::lastUsedAt).toList();
        assertThat(uses).containsExactlyInAnyOrder(clock.instant().minusSeconds(5), clock.instant());
        assertThat(uses).doesNotContain(laptopUse);
    }

    @Test
    void bad_bodies_get_a_problem_that_names_the_field() throws Exception {
        var missingLabel = post("/api/v1/connections", "{\"code\":\"DBR1.x.ABCDEFGH\"}");
        assertThat(missingLabel.statusCode()).isEqualTo(400);
        assertThat(missingLabel.body()).contains("\"field\":\"label\"");

        var notJson = post("/api/v1/connections", "code=1");
        assertThat(notJson.statusCode()).isIn(400, 415);
        assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void more_than_ten_wrong_codes_from_one_address_are_answered_429_with_retry_after() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(post("/api/v1/connections", "{\"code\":\"DBR1.eA.WRONGWRONG" + (char) ('A' + i)
                    + "\",\"label\":\"Guess\"}").statusCode()).isEqualTo(400);
        }
        IssuedCode good = codes.issue(client, "https://debrief.example.com");

        var limited = post("/api/v1/connections", "{\"code\":\"" + good.code() + "\",\"label\":\"Late\"}");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 600));
        clock.advance(Duration.ofMinutes(11));
        assertThat(post("/api/v1/connections", "{\"code\":\"" + good.code() + "\",\"label\":\"Later\"}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void a_forged_forwarded_address_does_not_escape_the_limit_when_no_proxy_is_trusted() throws Exception {
        for (int i = 0; i < 10; i++) {
            var guess = api.send("POST", "/api/v1/connections", null,
                    "{\"code\":\"DBR1.eA.WRONGWRONG" + (char) ('A' + i) + "\",\"label\":\"Guess\"}",
                    "X-Forwarded-For", "198.51.100." + i);
            assertThat(guess.statusCode()).isEqualTo(400);
        }
        IssuedCode good = codes.issue(client, "https://debrief.example.com");

        var limited = api.send("POST", "/api/v1/connections", null,
                "{\"code\":\"" + good.code() + "\",\"label\":\"Late\"}", "X-Forwarded-For", "198.51.100.99");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(sql.fetchCount(CONNECTION_FAILURE, CONNECTION_FAILURE.ADDRESS.like("198.51.100.%"))).isZero();
    }

    @Test
    @CrossPracticeProbe(methods = {"ConnectionCodeService#issue", "ConnectionCodeService#connections",
            "ConnectionCodeService#revoke"})
    void codes_and_connections_of_another_practice_or_another_coach_are_not_found() throws Exception {
        String token = connect();
        UUID tokenId = codes.connections(client).getFirst().id();
        int codesBefore = sql.fetchCount(CONNECTION_CODE, CONNECTION_CODE.CLIENT_ID.eq(client));
        var data = new TestData(sql);
        CoachPrincipal otherPracticeOwner = data.coach(data.practice(), Role.OWNER);
        UUID theirClient = data.client(otherPracticeOwner, "Their client");
        CoachPrincipal colleague = data.coach(coach.practiceId(), Role.COACH);

        for (CoachPrincipal stranger : new CoachPrincipal[] {otherPracticeOwner, colleague}) {
            TestData.signIn(stranger);
            assertThatThrownBy(() -> codes.issue(client, "https://debrief.example.com"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> codes.connections(client)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> codes.revoke(tokenId)).isInstanceOf(NotFoundException.class);
        }
        TestData.signIn(otherPracticeOwner);
        assertThat(codes.connections(theirClient)).isEmpty();

        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(200);
        assertThat(sql.fetchCount(CONNECTION_CODE, CONNECTION_CODE.CLIENT_ID.eq(client))).isEqualTo(codesBefore);
        TestData.signIn(coach);
        assertThat(codes.connections(client)).singleElement()
                .satisfies(connection -> assertThat(connection.revokedAt()).isNull());
    }

    @Test
    @CrossPracticeProbe(methods = {"ExtensionConnector#connect", "ExtensionConnector#authenticate",
            "ExtensionConnector#profile", "ExtensionConnector#disconnect", "ConnectionsController#connect",
            "ConnectionsController#me", "ConnectionsController#disconnect"})
    void a_token_speaks_only_for_its_own_client_and_practice() throws Exception {
        var data = new TestData(sql);
        CoachPrincipal otherOwner = data.coach(data.practice(), Role.OWNER);
        UUID otherClient = data.client(otherOwner, "Other Practice Client");
        String code = codes.issue(client, "https://debrief.example.com").code();
        TestData.signIn(otherOwner);
        String otherCode = codes.issue(otherClient, "https://debrief.example.com").code();
        TestData.signOut();

        var connected = post("/api/v1/connections", "{\"code\":\"" + otherCode + "\",\"label\":\"Other laptop\"}");
        assertThat(connected.statusCode()).isEqualTo(201);
        JsonNode body = json.readTree(connected.body());
        assertThat(body.at("/client/id").asString()).isEqualTo(otherClient.toString());
        assertThat(body.at("/coach/name").asString()).isEqualTo(otherOwner.displayName());
        assertThat(body.at("/practice/name").asString()).isEqualTo("Practice " + otherOwner.practiceId());
        String otherToken = body.get("token").asString();
        String token = api.connect(code);
        assertThat(post("/api/v1/connections", "{\"code\":\"" + code + "\",\"label\":\"Replayed\"}").statusCode())
                .as("a used code of the other practice").isEqualTo(400);
        assertThat(sql.fetchCount(EXTENSION_TOKEN, EXTENSION_TOKEN.CLIENT_ID.eq(client))).isEqualTo(1);
        assertThat(sql.fetchValue(EXTENSION_TOKEN.PRACTICE_ID, EXTENSION_TOKEN.CLIENT_ID.eq(otherClient)))
                .isEqualTo(otherOwner.practiceId());

        ExtensionClient other = connector.authenticate(otherToken).orElseThrow();
        ExtensionClient own = connector.authenticate(token).orElseThrow();
        assertThat(other.practiceId()).isEqualTo(otherOwner.practiceId());
        assertThat(other.clientId()).isEqualTo(otherClient);
        assertThat(own.practiceId()).isEqualTo(coach.practiceId());
        assertThat(own.clientId()).isEqualTo(client);

        var me = get("/api/v1/me", otherToken);
        assertThat(json.readTree(me.body()).at("/client/name").asString()).isEqualTo("Other Practice Client");
        assertThat(me.body()).doesNotContain("Noor Haddad").doesNotContain(client.toString());
        assertThatThrownBy(() -> connector.profile(new ExtensionClient(other.tokenId(), client, other.practiceId(),
                null, 0))).as("this client under the other practice").isInstanceOf(NotFoundException.class);
        connector.disconnect(new ExtensionClient(own.tokenId(), own.clientId(), other.practiceId(), null, 0));
        assertThat(get("/api/v1/me", token).statusCode()).as("a token revoked through another practice")
                .isEqualTo(200);

        assertThat(delete("/api/v1/tokens/current", otherToken).statusCode()).isEqualTo(204);
        assertThat(get("/api/v1/me", otherToken).statusCode()).isEqualTo(401);
        assertThat(connector.authenticate(otherToken)).isEmpty();
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(200);
        assertThat(connector.authenticate(token)).isPresent();
        TestData.signIn(coach);
        assertThat(codes.connections(client)).singleElement()
                .satisfies(connection -> assertThat(connection.revokedAt()).isNull());
    }

    @Test
    void me_names_the_practices_follow_up_template_once_the_owner_picks_one() throws Exception {
        String token = connect();
        JsonNode before = json.readTree(get("/api/v1/me", token).body()).at("/settings");
        assertThat(before.has("followUpTemplateId")).isTrue();
        assertThat(before.get("followUpTemplateId").isNull()).isTrue();
        assertThat(before.get("followUpDay").asInt()).isEqualTo(7);

        CoachPrincipal owner = new TestData(sql).coach(coach.practiceId(), Role.OWNER);
        var templates = new TestTemplates(sql);
        UUID followUp = templates.published(owner, templates.library(owner, "Nudges " + UUID.randomUUID()),
                "Nudge", TemplateKind.FOLLOW_UP);
        TestData.signIn(owner);
        settings.update(new PracticeSettings("Practice", "Europe/Berlin", 12, 6, followUp, null));

        JsonNode after = json.readTree(get("/api/v1/me", token).body());
        assertThat(after.at("/settings/followUpTemplateId").asString()).isEqualTo(followUp.toString());
        assertThat(after.at("/settings/noReplyDays").asInt()).isEqualTo(12);
        assertThat(after.at("/settings/followUpDay").asInt()).isEqualTo(6);
        assertThat(after.at("/practice/timeZone").asString()).isEqualTo("Europe/Berlin");
    }

    private String connect() throws Exception {
        return api.connect(codes.issue(client, "https://debrief.example.com").code());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return api.post(path, null, body);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return api.get(path, token);
    }

    private HttpResponse<String> delete(String path, String token) throws Exception {
        return api.delete(path, token);
    }
}
