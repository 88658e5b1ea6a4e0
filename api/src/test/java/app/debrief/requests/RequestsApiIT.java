package app.debrief.requests;

import static app.debrief.db.jooq.Tables.FEEDBACK_REQUEST;
import static app.debrief.db.jooq.Tables.REQUEST_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.clients.ClientService;
import app.debrief.connections.ConnectionCodeService;
import app.debrief.templates.TemplateKind;
import app.debrief.templates.TemplateLibraryService;
import app.debrief.templates.TemplateService;
import app.debrief.testsupport.ApiClient;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Requests and events over real HTTP: retries are harmless, order does not matter, ids stay private. */
@IntegrationTest
class RequestsApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    DSLContext sql;

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    @Autowired
    ClientService clients;

    private final JsonMapper json = JsonMapper.builder().build();
    private CoachPrincipal coach;
    private UUID client;
    private String token;
    private String strangerToken;

    @BeforeEach
    void twoConnectedClients() throws Exception {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        client = data.client(coach, "Lena Fischer");
        token = connect(coach, client);
        CoachPrincipal otherCoach = data.coach(data.practice(), Role.OWNER);
        strangerToken = connect(otherCoach, data.client(otherCoach, "Stranger"));
        TestData.signOut();
    }

    @Test
    void a_retried_put_and_replayed_events_leave_one_request_and_one_event_each() throws Exception {
        UUID id = UUID.randomUUID();
        String body = request("Acme Ltd", "acme.example");

        assertThat(put(token, id, body).statusCode()).isEqualTo(201);
        assertThat(put(token, id, body).statusCode()).isEqualTo(200);
        UUID sent = UUID.randomUUID();
        var first = event(token, id, sent, "SENT", "2026-05-01T10:00:00Z");
        var replay = event(token, id, sent, "SENT", "2026-05-01T10:00:00Z");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(json.readTree(replay.body()).get("state").asString()).isEqualTo("SENT");
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(id))).isEqualTo(1);
        assertThat(sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(id))).isEqualTo(1);
        assertThat(sql.fetchValue(REQUEST_EVENT.RECEIVED_AT, REQUEST_EVENT.ID.eq(sent))).isNotNull();
    }

    @Test
    void concurrent_puts_each_create_their_request_once_even_raced_by_their_own_retry() throws Exception {
        var callers = Executors.newFixedThreadPool(24);
        try {
            Map<UUID, List<Future<HttpResponse<String>>>> calls = new LinkedHashMap<>();
            for (int i = 0; i < 120; i++) {
                UUID id = UUID.randomUUID();
                String body = request("Company " + i, "company" + i + ".example");
                // the original and a retry sent before its answer came: both may land in one insert
                calls.put(id, List.of(callers.submit(() -> put(token, id, body)),
                        callers.submit(() -> put(token, id, body))));
            }
            for (var call : calls.entrySet()) {
                List<Integer> statuses = new ArrayList<>();
                for (var response : call.getValue()) {
                    statuses.add(response.get(30, TimeUnit.SECONDS).statusCode());
                }
                assertThat(statuses).as("request %s", call.getKey()).containsExactlyInAnyOrder(201, 200);
            }
            assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.in(calls.keySet()))).isEqualTo(120);
            assertThat(sql.fetch(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.in(calls.keySet())))
                    .allSatisfy(row -> assertThat(row.getRecipientDomain())
                            .isEqualTo(row.getCompany().replace("Company ", "company") + ".example"));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void a_new_request_stores_every_field_sent_each_in_its_own_column() throws Exception {
        UUID version = publishedVersion();
        UUID parent = UUID.randomUUID();
        assertThat(put(token, parent, request("Acme Ltd", "acme.example")).statusCode()).isEqualTo(201);
        UUID followUp = UUID.randomUUID();

        var created = put(token, followUp, "{\"company\":\"  Globex  \",\"role\":\"Engineer\","
                + "\"interviewerName\":\"Hank Scorpio\",\"recipientDomain\":\"globex.example\","
                + "\"webmail\":\"outlook\",\"channel\":\"PHONE\",\"rejectionAt\":\"2026-05-02T09:15:30.5Z\","
                + "\"templateVersionId\":\"" + version + "\",\"parentRequestId\":\"" + parent + "\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        var row = sql.fetchSingle(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(followUp));
        assertThat(row.getCompany()).isEqualTo("Globex");
        assertThat(row.getRole()).isEqualTo("Engineer");
        assertThat(row.getInterviewerName()).isEqualTo("Hank Scorpio");
        assertThat(row.getRecipientDomain()).isEqualTo("globex.example");
        assertThat(row.getWebmail()).isEqualTo("outlook");
        assertThat(row.getChannel()).isEqualTo(Channel.PHONE);
        assertThat(row.getRejectionAt()).isEqualTo(Instant.parse("2026-05-02T09:15:30.5Z"));
        assertThat(row.getTemplateVersionId()).isEqualTo(version);
        assertThat(row.getParentId()).isEqualTo(parent);
        assertThat(row.getState()).isEqualTo(RequestState.REJECTION_LOGGED);
        assertThat(row.getClientId())
                .isEqualTo(sql.fetchValue(FEEDBACK_REQUEST.CLIENT_ID, FEEDBACK_REQUEST.ID.eq(parent)));
        assertThat(row.getCreatedAt()).isNotNull().isEqualTo(row.getUpdatedAt());
        assertThat(row.getLastSentAt()).isNull();
    }

    @Test
    void events_arriving_out_of_order_give_the_state_of_the_whole_history() throws Exception {
        UUID id = UUID.randomUUID();
        put(token, id, request("Globex", "globex.example"));

        event(token, id, UUID.randomUUID(), "REPLIED_FEEDBACK", "2026-05-03T09:00:00Z");
        event(token, id, UUID.randomUUID(), "SENT", "2026-05-01T10:00:00Z");
        var late = event(token, id, UUID.randomUUID(), "DRAFTED", "2026-05-01T09:30:00Z");

        assertThat(json.readTree(late.body()).get("state").asString()).isEqualTo("REPLIED_FEEDBACK");
        var listed = json.readTree(get(token).body());
        assertThat(listed.get(0).get("state").asString()).isEqualTo("REPLIED_FEEDBACK");
        assertThat(listed.get(0).get("company").asString()).isEqualTo("Globex");
    }

    @Test
    @CrossPracticeProbe(methods = {"RequestsController#save", "RequestsController#record", "RequestsController#page",
            "RequestService#save", "RequestService#record", "RequestService#page"})
    void another_clients_request_is_not_found_and_not_changed() throws Exception {
        UUID id = UUID.randomUUID();
        put(token, id, request("Initech", "initech.example"));
        UUID drafted = UUID.randomUUID();
        event(token, id, drafted, "DRAFTED", "2026-05-01T09:00:00Z");
        RequestState stateBefore = sql.fetchValue(FEEDBACK_REQUEST.STATE, FEEDBACK_REQUEST.ID.eq(id));
        UUID version = publishedVersion();
        UUID theirs = UUID.randomUUID();
        assertThat(put(strangerToken, theirs, request("Stranger Co", "stranger.example")).statusCode()).isEqualTo(201);

        assertThat(put(strangerToken, id, request("Hijacked", "evil.example")).statusCode()).isEqualTo(404);
        assertThat(event(strangerToken, id, UUID.randomUUID(), "WITHDRAWN", "2026-05-02T00:00:00Z").statusCode())
                .isEqualTo(404);
        assertThat(event(strangerToken, theirs, drafted, "SENT", "2026-05-02T00:00:00Z").statusCode())
                .as("an event id of the other practice").isEqualTo(409);
        var child = put(strangerToken, UUID.randomUUID(), request("Follow-up", "initech.example")
                .replace("}", ",\"parentRequestId\":\"" + id + "\"}"));
        assertThat(child.statusCode()).isEqualTo(400);
        assertThat(child.body()).contains("parentRequestId");
        var withVersion = put(strangerToken, theirs, request("Stranger Co", "stranger.example")
                .replace("}", ",\"templateVersionId\":\"" + version + "\"}"));
        assertThat(withVersion.statusCode()).isEqualTo(400);
        assertThat(withVersion.body()).contains("templateVersionId");
        var listed = get(strangerToken);
        assertThat(json.readTree(listed.body())).singleElement()
                .satisfies(row -> assertThat(row.get("id").asString()).isEqualTo(theirs.toString()));
        assertThat(listed.body()).doesNotContain("Initech");

        assertThat(sql.fetchValue(FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.ID.eq(id))).isEqualTo("Initech");
        assertThat(sql.fetchValue(FEEDBACK_REQUEST.STATE, FEEDBACK_REQUEST.ID.eq(id))).isEqualTo(stateBefore);
        assertThat(sql.fetch(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(id)))
                .singleElement().satisfies(event -> assertThat(event.getId()).isEqualTo(drafted));
        assertThat(sql.fetchCount(REQUEST_EVENT, REQUEST_EVENT.REQUEST_ID.eq(theirs))).isZero();
        assertThat(sql.fetchValue(FEEDBACK_REQUEST.TEMPLATE_VERSION_ID, FEEDBACK_REQUEST.ID.eq(theirs))).isNull();
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.PARENT_ID.eq(id))).isZero();
        assertThat(json.readTree(get(token).body())).singleElement()
                .satisfies(row -> assertThat(row.get("id").asString()).isEqualTo(id.toString()));
    }

    @Test
    void a_token_this_node_read_before_saves_nothing_once_revoked() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        assertThat(put(token, first, request("Acme", "acme.example")).statusCode()).isEqualTo(201);
        assertThat(put(token, second, request("Globex", "globex.example")).statusCode())
                .as("read once, and kept by this node").isEqualTo(201);

        TestData.signIn(coach);
        codes.revoke(codes.connections(client).getFirst().id());
        TestData.signOut();

        UUID third = UUID.randomUUID();
        var refused = put(token, third, request("Initech", "initech.example"));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(json.readTree(refused.body()).get("title").asString()).isEqualTo("Not connected");
        assertThat(put(token, second, request("Changed", "globex.example")).statusCode())
                .as("an update of its own request").isEqualTo(401);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(third))).isZero();
        assertThat(sql.fetchValue(FEEDBACK_REQUEST.COMPANY, FEEDBACK_REQUEST.ID.eq(second))).isEqualTo("Globex");
    }

    @Test
    void an_archived_clients_token_saves_nothing_and_saves_again_once_the_client_is_restored() throws Exception {
        assertThat(put(token, UUID.randomUUID(), request("Acme", "acme.example")).statusCode()).isEqualTo(201);
        TestData.signIn(coach);
        clients.archive(client);

        UUID refused = UUID.randomUUID();
        assertThat(put(token, refused, request("Initech", "initech.example")).statusCode()).isEqualTo(401);
        clients.restore(client);
        TestData.signOut();
        UUID saved = UUID.randomUUID();
        assertThat(put(token, saved, request("Initech", "initech.example")).statusCode()).isEqualTo(201);

        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(refused))).isZero();
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(saved))).isEqualTo(1);
    }

    @Test
    void a_token_read_before_still_saves_each_request_once_after_another_token_of_the_practice_is_revoked()
            throws Exception {
        String otherBrowser = connect(coach, client);
        assertThat(put(token, UUID.randomUUID(), request("Acme", "acme.example")).statusCode()).isEqualTo(201);
        UUID lost = UUID.randomUUID();
        assertThat(put(otherBrowser, UUID.randomUUID(), request("Acme", "acme.example")).statusCode()).isEqualTo(201);

        // disconnecting moves the practice's tokens version: this node reads its tokens afresh
        assertThat(new ApiClient(port).delete("/api/v1/tokens/current", otherBrowser).statusCode()).isEqualTo(204);

        UUID saved = UUID.randomUUID();
        assertThat(put(token, saved, request("Globex", "globex.example")).statusCode()).isEqualTo(201);
        assertThat(put(token, saved, request("Globex", "globex.example")).statusCode()).isEqualTo(200);
        assertThat(put(otherBrowser, lost, request("Initech", "initech.example")).statusCode()).isEqualTo(401);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(saved))).isEqualTo(1);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(lost))).isZero();
    }

    @Test
    void a_token_revoked_while_other_puts_share_its_insert_saves_nothing_and_the_others_save_theirs()
            throws Exception {
        var others = List.of(connect(coach, client), connect(coach, client), connect(coach, client));
        var stop = new AtomicBoolean();
        var saved = new ConcurrentLinkedQueue<UUID>();
        var unexpected = new ConcurrentLinkedQueue<Integer>();
        var background = Executors.newFixedThreadPool(9);
        try {
            for (int caller = 0; caller < 9; caller++) {
                String other = others.get(caller % others.size());
                background.submit(() -> {
                    while (!stop.get()) {
                        UUID id = UUID.randomUUID();
                        int status = put(other, id, request("Background", "background.example")).statusCode();
                        if (status == 201) {
                            saved.add(id);
                        } else {
                            unexpected.add(status);
                        }
                    }
                    return null;
                });
            }
            for (int round = 0; round < 5; round++) {
                String revoked = connect(coach, client);
                assertThat(put(revoked, UUID.randomUUID(), request("Read", "read.example")).statusCode())
                        .isEqualTo(201);
                assertThat(put(revoked, UUID.randomUUID(), request("Recalled", "recalled.example")).statusCode())
                        .isEqualTo(201);
                assertThat(new ApiClient(port).delete("/api/v1/tokens/current", revoked).statusCode()).isEqualTo(204);

                UUID refused = UUID.randomUUID();
                assertThat(put(revoked, refused, request("Refused", "refused.example")).statusCode())
                        .as("round %d", round).isEqualTo(401);
                assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(refused))).isZero();
            }
        } finally {
            stop.set(true);
            background.shutdown();
            assertThat(background.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(unexpected).as("the other tokens kept saving").isEmpty();
        assertThat(saved).as("saves ran alongside").hasSizeGreaterThan(50);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.in(saved))).isEqualTo(saved.size());
    }

    @Test
    void bad_input_is_refused_with_a_problem_naming_the_field() throws Exception {
        UUID id = UUID.randomUUID();

        var address = put(token, id, request("Acme", "hr@acme.example"));
        assertThat(address.statusCode()).isEqualTo(400);
        assertThat(address.body()).contains("recipientDomain");

        var unknownField = put(token, id, "{\"company\":\"Acme\",\"channel\":\"EMAIL\","
                + "\"rejectionAt\":\"2026-05-01T08:00:00Z\",\"recipientEmail\":\"hr@acme.example\"}");
        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(unknownField.body()).contains("\"field\":\"recipientEmail\"");

        var badEnum = put(token, id, "{\"company\":\"Acme\",\"channel\":\"FAX\",\"rejectionAt\":\"2026-05-01T08:00:00Z\"}");
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(badEnum.body()).contains("\"field\":\"channel\"");

        var tooLong = put(token, id, request("A".repeat(121), "acme.example"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("company");

        var pageTooLarge = new ApiClient(port).get("/api/v1/requests?size=500", token);
        assertThat(pageTooLarge.statusCode()).isEqualTo(400);
        assertThat(json.readTree(pageTooLarge.body()).at("/errors/0/field").asString()).isEqualTo("size");
        var pageBeforeFirst = new ApiClient(port).get("/api/v1/requests?page=-1", token);
        assertThat(pageBeforeFirst.statusCode()).isEqualTo(400);
        assertThat(pageBeforeFirst.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(pageBeforeFirst.body()).at("/errors/0/field").asString()).isEqualTo("page");

        var huge = put(token, id, request("Acme", "acme.example").replace("}", ",\"role\":\"" + "x".repeat(70_000) + "\"}"));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(sql.fetchCount(FEEDBACK_REQUEST, FEEDBACK_REQUEST.ID.eq(id))).isZero();
    }

    /** A template version of the first client's practice. */
    private UUID publishedVersion() {
        TestData.signIn(coach);
        try {
            UUID template = templates.create(libraries.create("Practice A's library", null), "Practice A's template",
                    TemplateKind.EMAIL);
            templates.publish(template, "Practice A's template", "Thanks", "Thank you for your time.", true);
            return templates.history(template).getFirst().id();
        } finally {
            TestData.signOut();
        }
    }

    private String connect(CoachPrincipal coach, UUID client) throws Exception {
        TestData.signIn(coach);
        return new ApiClient(port).connect(codes.issue(client, "https://debrief.example.com").code());
    }

    private static String request(String company, String domain) {
        return "{\"company\":\"" + company + "\",\"role\":\"Analyst\",\"interviewerName\":\"Dana\","
                + "\"recipientDomain\":\"" + domain + "\",\"webmail\":\"gmail\",\"channel\":\"EMAIL\","
                + "\"rejectionAt\":\"2026-05-01T08:00:00Z\"}";
    }

    private HttpResponse<String> put(String bearer, UUID id, String body) throws Exception {
        return new ApiClient(port).put("/api/v1/requests/" + id, bearer, body);
    }

    private HttpResponse<String> event(String bearer, UUID id, UUID eventId, String type, String at) throws Exception {
        String body = "{\"id\":\"" + eventId + "\",\"type\":\"" + type + "\",\"occurredAt\":\"" + at + "\"}";
        return new ApiClient(port).post("/api/v1/requests/" + id + "/events", bearer, body);
    }

    private HttpResponse<String> get(String bearer) throws Exception {
        return new ApiClient(port).get("/api/v1/requests", bearer);
    }
}
