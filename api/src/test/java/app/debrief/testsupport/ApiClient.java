package app.debrief.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The extension's side of the API, over real HTTP, for tests. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    /** Exchanges a connection code for a bearer token, as the extension does. */
    public String connect(String code) throws IOException, InterruptedException {
        var response = send("POST", "/api/v1/connections", null, "{\"code\":\"" + code + "\",\"label\":\"Test\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("connecting failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("token").asString();
    }

    public HttpResponse<String> get(String path, @Nullable String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    public HttpResponse<String> post(String path, @Nullable String token, String body)
            throws IOException, InterruptedException {
        return send("POST", path, token, body);
    }

    public HttpResponse<String> put(String path, String token, String body) throws IOException, InterruptedException {
        return send("PUT", path, token, body);
    }

    public HttpResponse<String> delete(String path, String token) throws IOException, InterruptedException {
        return send("DELETE", path, token, null);
    }

    public HttpResponse<String> send(String method, String path, @Nullable String token, @Nullable String body,
            String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(HttpResponse<String> response) {
        return json.readTree(response.body());
    }
}
