package app.debrief.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.debrief.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/** Over real HTTP: the API answers strangers with a 401 problem; actuator shows health only. */
@IntegrationTest
class ApiSecurityIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void an_api_call_without_a_token_gets_a_401_problem() throws Exception {
        var response = get("/api/v1/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(response.body()).contains("\"status\":401").contains("\"title\":\"Not connected\"");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void an_api_call_with_a_made_up_token_gets_a_401_problem() throws Exception {
        var response = get("/api/v1/templates", "Bearer made-up-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("\"title\":\"Not connected\"");
    }

    @Test
    void health_is_public_and_the_rest_of_actuator_is_closed() throws Exception {
        var health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump",
                "/actuator/configprops"}) {
            var response = get(closed, null);
            assertThat(response.statusCode()).as(closed).isIn(401, 403, 404);
            assertThat(response.body()).as(closed).doesNotContain("spring.datasource");
        }
    }

    @Test
    void ping_answers_without_a_token_and_without_touching_practice_data() throws Exception {
        var response = get("/api/v1/ping", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(get("/api/v1/me", null).statusCode()).as("everything else still needs a token").isEqualTo(401);
    }

    @Test
    void the_openapi_document_describes_every_extension_call() throws Exception {
        var response = get("/api/v1/openapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"/api/v1/connections\"", "\"/api/v1/me\"",
                "\"/api/v1/templates\"", "\"/api/v1/requests/{id}\"", "\"/api/v1/requests/{id}/events\"",
                "\"/api/v1/tokens/current\"");
        assertThat(response.body()).contains("\"followUpTemplateId\"", "\"practiceFollowUp\"",
                "null when the practice offers none", "True for the practice's follow-up template");
        // the templates are served as ready-made JSON bytes: the document still says what they are
        var document = JsonMapper.builder().build().readTree(response.body());
        var templates = document.at("/paths/~1api~1v1~1templates/get/responses");
        assertThat(templates.at("/200/content/application~1json/schema/items/$ref").asString())
                .isEqualTo("#/components/schemas/ClientTemplate");
        assertThat(templates.at("/304/content").isMissingNode()).as("a 304 has no body").isTrue();
        var get = document.at("/paths/~1api~1v1~1templates/get");
        assertThat(get.path("parameters").valueStream().map(parameter -> parameter.get("name").asString()))
                .as("the servlet objects the answer is written to are not parameters").isEmpty();
        assertThat(get.at("/requestBody").isMissingNode()).isTrue();
        var save = document.at("/paths/~1api~1v1~1requests~1{id}/put/responses");
        assertThat(save.at("/201/description").asString()).isEqualTo("Created");
        assertThat(save.at("/200/description").asString()).startsWith("Updated");
        assertThat(save.at("/201/content").isMissingNode()).as("a saved request's answer has no body").isTrue();
    }

    @Test
    void only_the_extension_origin_may_read_api_answers_in_a_browser() throws Exception {
        var extension = preflight("chrome-extension://aojbgifpmommagpomjmbeemfollcdkbk");
        assertThat(extension.statusCode()).isEqualTo(200);
        assertThat(extension.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("chrome-extension://aojbgifpmommagpomjmbeemfollcdkbk");
        assertThat(extension.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();

        var website = preflight("https://evil.example.com");
        assertThat(website.statusCode()).isEqualTo(403);
        assertThat(website.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
