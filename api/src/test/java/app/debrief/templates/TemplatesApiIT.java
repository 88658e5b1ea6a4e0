package app.debrief.templates;

import static app.debrief.db.jooq.Tables.PRACTICE;
import static app.debrief.db.jooq.Tables.TEMPLATE;
import static app.debrief.db.jooq.Tables.TEMPLATE_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import app.debrief.accounts.CoachPrincipal;
import app.debrief.accounts.Role;
import app.debrief.base.NotFoundException;
import app.debrief.connections.ConnectionCodeService;
import app.debrief.testsupport.ApiClient;
import app.debrief.testsupport.CrossPracticeProbe;
import app.debrief.testsupport.IntegrationTest;
import app.debrief.testsupport.TestData;
import app.debrief.testsupport.TestTemplates;
import app.debrief.practice.PracticeSettings;
import app.debrief.practice.PracticeSettingsService;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a connected extension gets from GET /api/v1/templates, over real HTTP. */
@IntegrationTest
class TemplatesApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TemplateLibraryService libraries;

    @Autowired
    TemplateService templates;

    @Autowired
    LibraryAssignmentService assignments;

    @Autowired
    ClientTemplates clientTemplates;

    @Autowired
    TemplatesAnswers answers;

    @Autowired
    ConnectionCodeService codes;

    @Autowired
    PracticeSettingsService settings;

    @Autowired
    DSLContext sql;

    private final JsonMapper json = JsonMapper.builder().build();
    private CoachPrincipal coach;
    private UUID client;
    private UUID library;
    private UUID published;

    @BeforeEach
    void aClientWithALibrary() {
        var data = new TestData(sql);
        coach = data.coach(data.practice(), Role.COACH);
        client = data.client(coach, "Ines Moreau");
        TestData.signIn(coach);
        library = libraries.create("Assigned " + UUID.randomUUID(), null);
        published = templates.create(library, "Published one", TemplateKind.EMAIL);
        templates.publish(published, "Published one", "Thank you, {{interviewer_name|team}}",
                TemplateServiceIT.GOOD_BODY, false);
        templates.create(library, "Still a draft", TemplateKind.EMAIL);
        UUID retired = templates.create(library, "Retired one", TemplateKind.EMAIL);
        templates.publish(retired, "Retired one", "Thanks", TemplateServiceIT.GOOD_BODY, false);
        templates.retire(retired);
        UUID notAssigned = libraries.create("Not assigned " + UUID.randomUUID(), null);
        UUID other = templates.create(notAssigned, "Elsewhere", TemplateKind.EMAIL);
        templates.publish(other, "Elsewhere", "Thanks", TemplateServiceIT.GOOD_BODY, false);
        assignments.assign(library, Set.of(client));
    }

    @AfterEach
    void signOut() {
        TestData.signOut();
    }

    @Test
    void a_server_fault_is_a_500_problem_not_the_portals_log_in_page() throws Exception {
        String token = connect(client);
        // a version that no longer parses (written behind the application's back) makes the call fail
        sql.update(TEMPLATE_VERSION).set(TEMPLATE_VERSION.BODY, "Dear {{nobody_knows_this}")
                .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(published)).execute();

        var response = get(token, null);

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(response.body()).get("detail").asString()).contains("try again later");
        assertThat(response.body()).doesNotContain("Exception", "nobody_knows_this");
    }

    @Test
    void a_client_gets_the_current_published_versions_of_its_libraries_as_segments() throws Exception {
        String token = connect(client);

        var response = get(token, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(response.body());
        assertThat(list).hasSize(1);
        JsonNode template = list.get(0);
        assertThat(template.get("name").asString()).isEqualTo("Published one");
        assertThat(template.get("kind").asString()).isEqualTo("EMAIL");
        assertThat(template.get("versionId").asString()).isEqualTo(templates.history(published).getFirst().id()
                .toString());
        assertThat(template.get("subject").asString()).isEqualTo("Thank you, {{interviewer_name|team}}");
        assertThat(template.at("/subjectSegments/1/type").asString()).isEqualTo("fallback");
        assertThat(template.at("/subjectSegments/1/fallback").asString()).isEqualTo("team");
        assertThat(template.at("/segments/0/type").asString()).isEqualTo("text");
        assertThat(template.at("/segments/0/text").asString()).isEqualTo("Dear ");
        assertThat(template.at("/segments/1/name").asString()).isEqualTo("interviewer_name");
    }

    @Test
    void an_unchanged_list_is_revalidated_with_a_304_and_a_new_version_changes_the_etag() throws Exception {
        String token = connect(client);
        var first = get(token, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(get(token, etag).statusCode()).isEqualTo(304);

        templates.publish(published, "Published one", "Thank you", TemplateServiceIT.GOOD_BODY + "\nP.S. Thanks!",
                false);
        var changed = get(token, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(changed.body()).contains("P.S. Thanks!");
    }

    @Test
    void a_browser_gets_the_same_list_gzipped_with_an_etag_of_its_own_and_revalidates_it() throws Exception {
        String token = connect(client);
        var plain = get(token, null);
        var http = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/templates"))
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip, deflate, br, zstd");

        var gzipped = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(gzipped.body().length).isLessThan(plain.body().length());
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(new String(unzipped.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        String etag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        var revalidated = http.send(request.header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(revalidated.headers().firstValue("ETag")).as("a cache keeps the ETag it revalidated").hasValue(etag);
        assertThat(revalidated.headers().allValues("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("Accept-Encoding"));
        assertThat(get(token, etag).statusCode()).as("without gzip the plain list is another representation")
                .isEqualTo(200);
    }

    @Test
    void every_change_to_what_a_client_gets_reaches_it_on_its_next_call() throws Exception {
        String token = connect(client);
        String etag = get(token, null).headers().firstValue("ETag").orElseThrow();
        assertThat(get(token, etag).statusCode()).isEqualTo(304);

        libraries.update(library, "Renamed library", null);
        etag = changed(token, etag, "the library renamed", body -> assertThat(body).contains("Renamed library"));

        UUID second = templates.create(library, "Second one", TemplateKind.EMAIL);
        assertThat(get(token, etag).statusCode()).as("a new draft is not offered").isEqualTo(304);
        templates.publish(second, "Second one", "Thanks", TemplateServiceIT.GOOD_BODY, false);
        etag = changed(token, etag, "a template published", body -> assertThat(body).contains("Second one"));

        templates.retire(second);
        etag = changed(token, etag, "a template retired", body -> assertThat(body).doesNotContain("Second one"));

        UUID another = libraries.create("Another " + UUID.randomUUID(), null);
        UUID third = templates.create(another, "From another library", TemplateKind.EMAIL);
        templates.publish(third, "From another library", "Thanks", TemplateServiceIT.GOOD_BODY, false);
        assertThat(get(token, etag).statusCode()).as("a library the client does not have").isEqualTo(304);
        assignments.assign(another, Set.of(client));
        etag = changed(token, etag, "a library assigned", body -> assertThat(body).contains("From another library"));

        assignments.unassign(library, Set.of(client));
        changed(token, etag, "a library taken away", body -> assertThat(body).doesNotContain("Published one")
                .contains("From another library"));
    }

    @Test
    void clients_with_the_same_libraries_share_an_answer_until_one_of_them_gets_another_library() throws Exception {
        UUID colleague = new TestData(sql).client(coach, "Jon Berg");
        assignments.assign(library, Set.of(colleague));
        String mine = connect(client);
        String theirs = connect(colleague);
        var first = get(mine, null);
        assertThat(get(theirs, null).body()).isEqualTo(first.body());

        UUID extra = libraries.create("Only for Jon " + UUID.randomUUID(), null);
        UUID only = templates.create(extra, "Just Jon's", TemplateKind.EMAIL);
        templates.publish(only, "Just Jon's", "Thanks", TemplateServiceIT.GOOD_BODY, false);
        assignments.assign(extra, Set.of(colleague));

        assertThat(get(mine, first.headers().firstValue("ETag").orElseThrow()).statusCode())
                .as("nothing of Ines's changed").isEqualTo(304);
        assertThat(get(theirs, null).body()).contains("Just Jon's", "Published one");
        assertThat(get(mine, null).body()).doesNotContain("Just Jon's");
    }

    @Test
    void a_change_written_by_another_node_reaches_the_client_though_this_node_kept_the_answer() throws Exception {
        String token = connect(client);
        String etag = get(token, null).headers().firstValue("ETag").orElseThrow();

        // another node renames the template in its own transaction: this node hears nothing of it
        // but the practice's stamp, read with the token
        sql.transaction(other -> {
            other.dsl().update(TEMPLATE).set(TEMPLATE.NAME, "Renamed elsewhere").where(TEMPLATE.ID.eq(published))
                    .execute();
            new TemplatesStamp(other.dsl()).advance(coach.practiceId());
        });

        changed(token, etag, "the name changed on another node", body -> assertThat(body).contains("Renamed elsewhere"));
    }

    /** The next call with the old ETag gets a new answer with a new ETag; returns that ETag. */
    private String changed(String token, String etag, String change, Consumer<String> check)
            throws Exception {
        var response = get(token, etag);
        assertThat(response.statusCode()).as(change).isEqualTo(200);
        String newEtag = response.headers().firstValue("ETag").orElseThrow();
        assertThat(newEtag).as(change).isNotEqualTo(etag);
        check.accept(response.body());
        return newEtag;
    }

    @Test
    @CrossPracticeProbe(methods = {"TemplatesApiController#templates", "ClientTemplates#forClient",
            "TemplatesAnswers#forClient",
            "LibraryAssignmentService#assign", "LibraryAssignmentService#librariesOf"})
    void another_client_sees_nothing_of_these_libraries() throws Exception {
        get(connect(client), null); // this client's own answer is in memory now
        var data = new TestData(sql);
        CoachPrincipal otherCoach = data.coach(data.practice(), Role.OWNER);
        UUID otherClient = data.client(otherCoach, "Someone Else");
        TestData.signIn(otherCoach);
        String token = connect(otherClient);

        assertThat(json.readTree(get(token, null).body())).isEmpty();
        assertThat(clientTemplates.forClient(otherCoach.practiceId(), client)).as("this client under the other practice")
                .isEmpty();
        long stamp = sql.select(PRACTICE.TEMPLATES_STAMP).from(PRACTICE).where(PRACTICE.ID.eq(otherCoach.practiceId()))
                .fetchSingle().value1();
        assertThat(json.readTree(answers.forClient(otherCoach.practiceId(), client, stamp).json()))
                .as("this client under the other practice, from memory").isEmpty();
        assertThatThrownBy(() -> assignments.assign(library, Set.of(otherClient)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assignments.librariesOf(client)).isInstanceOf(NotFoundException.class);

        UUID ownLibrary = libraries.create("Their own " + UUID.randomUUID(), null);
        UUID own = templates.create(ownLibrary, "Their own template", TemplateKind.EMAIL);
        templates.publish(own, "Their own template", "Thanks", TemplateServiceIT.GOOD_BODY, false);
        assignments.assign(ownLibrary, Set.of(otherClient));
        JsonNode theirs = json.readTree(get(token, null).body());
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).get("name").asString()).isEqualTo("Their own template");
        assertThat(clientTemplates.forClient(coach.practiceId(), otherClient)).isEmpty();

        TestData.signIn(coach);
        assertThat(assignments.librariesOf(client)).containsExactly(library);
        assertThat(clientTemplates.forClient(coach.practiceId(), client)).extracting(ClientTemplate::name)
                .containsExactly("Published one");
    }

    @Test
    void a_coach_cannot_assign_to_another_coachs_client_and_an_assigned_library_is_not_deleted() {
        var data = new TestData(sql);
        CoachPrincipal colleague = data.coach(coach.practiceId(), Role.COACH);
        TestData.signIn(colleague);
        assertThatThrownBy(() -> assignments.assign(library, Set.of(client))).isInstanceOf(NotFoundException.class);

        TestData.signIn(coach);
        UUID empty = libraries.create("Empty but assigned " + UUID.randomUUID(), null);
        assignments.assign(empty, Set.of(client));
        assignments.assign(empty, Set.of(client));
        assertThat(assignments.librariesOf(client)).contains(library, empty);
        assertThatThrownBy(() -> libraries.delete(empty)).isInstanceOf(LibraryInUseException.class);
        assignments.unassign(empty, Set.of(client));
        libraries.delete(empty);
        assertThat(assignments.librariesOf(client)).containsExactly(library);
    }

    @Test
    void the_practices_follow_up_template_reaches_every_client_and_each_change_of_the_setting_changes_the_etag()
            throws Exception {
        String token = connect(client);
        String etag = get(token, null).headers().firstValue("ETag").orElseThrow();
        CoachPrincipal owner = new TestData(sql).coach(coach.practiceId(), Role.OWNER);
        TestData.signIn(owner);
        UUID unassigned = libraries.create("Follow-ups " + UUID.randomUUID(), null);
        UUID followUp = templates.create(unassigned, "Gentle nudge", TemplateKind.FOLLOW_UP);
        templates.publish(followUp, "Gentle nudge", "Following up", TestTemplates.FOLLOW_UP_BODY, true);
        assertThat(get(token, etag).statusCode()).as("nothing the client gets has changed yet").isEqualTo(304);

        settings.update(new PracticeSettings("Practice", "UTC", 10, 7, followUp, null));
        var offered = get(token, etag);
        assertThat(offered.statusCode()).isEqualTo(200);
        JsonNode list = json.readTree(offered.body());
        assertThat(list).extracting(node -> node.get("name").asString())
                .containsExactlyInAnyOrder("Published one", "Gentle nudge");
        assertThat(list).filteredOn(node -> node.get("practiceFollowUp").asBoolean())
                .extracting(node -> node.get("templateId").asString()).containsExactly(followUp.toString());
        String offeredEtag = offered.headers().firstValue("ETag").orElseThrow();

        // a follow-up template in a library the client has already: only its mark changes, and so does the ETag
        UUID assignedFollowUp = templates.create(library, "Assigned nudge", TemplateKind.FOLLOW_UP);
        templates.publish(assignedFollowUp, "Assigned nudge", "Following up", TestTemplates.FOLLOW_UP_BODY, true);
        settings.update(new PracticeSettings("Practice", "UTC", 10, 7, null, null));
        var unmarked = get(token, offeredEtag);
        assertThat(unmarked.statusCode()).isEqualTo(200);
        assertThat(json.readTree(unmarked.body())).extracting(node -> node.get("name").asString())
                .containsExactly("Assigned nudge", "Published one");
        assertThat(json.readTree(unmarked.body())).noneMatch(node -> node.get("practiceFollowUp").asBoolean());

        settings.update(new PracticeSettings("Practice", "UTC", 10, 7, assignedFollowUp, null));
        var marked = get(token, unmarked.headers().firstValue("ETag").orElseThrow());
        assertThat(marked.statusCode()).isEqualTo(200);
        assertThat(json.readTree(marked.body())).extracting(node -> node.get("name").asString())
                .containsExactly("Assigned nudge", "Published one");
        assertThat(json.readTree(marked.body())).filteredOn(node -> node.get("practiceFollowUp").asBoolean())
                .extracting(node -> node.get("name").asString()).containsExactly("Assigned nudge");
    }

    @Test
    void another_practices_follow_up_template_never_reaches_a_client() throws Exception {
        var data = new TestData(sql);
        CoachPrincipal otherOwner = data.coach(data.practice(), Role.OWNER);
        TestData.signIn(otherOwner);
        UUID theirs = templates.create(libraries.create("Theirs " + UUID.randomUUID(), null), "Their nudge",
                TemplateKind.FOLLOW_UP);
        templates.publish(theirs, "Their nudge", "Following up", TestTemplates.FOLLOW_UP_BODY, true);
        settings.update(new PracticeSettings("Other", "UTC", 10, 7, theirs, null));
        TestData.signIn(coach);

        assertThat(json.readTree(get(connect(client), null).body())).extracting(node -> node.get("name").asString())
                .containsExactly("Published one");
    }

    private String connect(UUID clientId) throws Exception {
        return api().connect(codes.issue(clientId, "https://debrief.example.com").code());
    }

    private HttpResponse<String> get(String token, String ifNoneMatch) throws Exception {
        return ifNoneMatch == null ? api().get("/api/v1/templates", token)
                : api().send("GET", "/api/v1/templates", token, null, "If-None-Match", ifNoneMatch);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
