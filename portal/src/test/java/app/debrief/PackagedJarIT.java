package app.debrief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import app.debrief.base.database.EmbeddedMariaDb;
import app.debrief.testsupport.SharedTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The jar a user runs, started as a user starts it: no Node on the PATH, configured by environment. */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("debrief.jar", "target/debrief.jar")).toAbsolutePath();
    private static final List<String> NODE_TOOLS = List.of("node", "nodejs", "npm", "npx", "corepack");
    private static Path pathWithoutNode;

    @BeforeAll
    static void pathWithoutNode() throws IOException {
        assertThat(JAR).exists();
        pathWithoutNode = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "path-without-node-");
        try (var tools = Files.list(Path.of("/usr/bin"))) {
            for (Path tool : tools.toList()) {
                if (!NODE_TOOLS.contains(tool.getFileName().toString())) {
                    Files.createSymbolicLink(pathWithoutNode.resolve(tool.getFileName()), tool);
                }
            }
        }
    }

    @Test
    void runs_without_node_on_its_embedded_database_and_keeps_its_data_across_restarts() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "jar-home-");
        Map<String, String> environment = Map.of("DEBRIEF_DATA_DIR", home.toString());
        assertThat(new JarRun(pathWithoutNode, Map.of(), 0).shell("command -v node || echo no-node"))
                .contains("no-node");

        try (var first = JarRun.start(JAR, pathWithoutNode, environment)) {
            String log = first.awaitReady();
            assertThat(log).contains("Debrief is ready at http://localhost:" + first.port() + "/")
                    .contains("Demo mode. Sign in as the owner owner@demo.debrief.test / demo-owner-pass")
                    .contains("Demo data created")
                    .contains("Installing a new MariaDB database")
                    .contains("Vaadin is running in production mode");
            assertThat(get(first.port(), "/login", "text/html").statusCode()).isEqualTo(200);
            assertThat(get(first.port(), "/actuator/health", "application/json").body())
                    .contains("\"status\":\"UP\"");
        }

        try (var second = JarRun.start(JAR, pathWithoutNode, environment)) {
            String log = second.awaitReady();
            assertThat(log).doesNotContain("Demo data created")
                    .doesNotContain("Installing a new MariaDB database");
        }
        assertThat(countRows(home, "coach")).isEqualTo(2);
        assertThat(countRows(home, "client")).isEqualTo(6);
    }

    @Test
    void runs_on_a_configured_server_without_starting_an_embedded_one() throws Exception {
        EmbeddedMariaDb server = SharedTestDatabase.server();
        String database = SharedTestDatabase.freshDatabase("jar_external");
        Path home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "jar-unused-home-");

        try (var run = JarRun.start(JAR, pathWithoutNode, Map.of("DEBRIEF_DB_URL", server.jdbcUrl(database),
                "DEBRIEF_DB_USER", server.username(), "DEBRIEF_DB_PASSWORD", server.password(),
                "DEBRIEF_DATA_DIR", home.toString()))) {
            String log = run.awaitReady();
            assertThat(log).doesNotContain("Embedded MariaDB").doesNotContain("Demo mode");
            var page = get(run.port(), "/", "text/html");
            assertThat(page.statusCode()).isEqualTo(302);
            assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/setup"));
        }
        try (var files = Files.list(home)) {
            assertThat(files.toList()).isEmpty();
        }
    }

    @Test
    void bad_configuration_stops_start_up_with_one_sentence_and_no_stack_trace() throws Exception {
        EmbeddedMariaDb server = SharedTestDatabase.server();
        String database = SharedTestDatabase.freshDatabase("jar_bad_config");
        int closedPort = freePort();
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var cases = Map.of(
                    "Cannot reach the database server", Map.of(
                            "DEBRIEF_DB_URL", "jdbc:mariadb://127.0.0.1:" + closedPort + "/debrief",
                            "DEBRIEF_DB_USER", "debrief", "DEBRIEF_DB_PASSWORD", "x"),
                    "The database server refused the user name or password", Map.of(
                            "DEBRIEF_DB_URL", server.jdbcUrl(database),
                            "DEBRIEF_DB_USER", server.username(), "DEBRIEF_DB_PASSWORD", "wrong-password"),
                    "is not writable", Map.of("DEBRIEF_DATA_DIR", "/proc/debrief-data"),
                    "Port " + taken.getLocalPort() + " was already in use", Map.of(
                            "DEBRIEF_DB_URL", server.jdbcUrl(database),
                            "DEBRIEF_DB_USER", server.username(), "DEBRIEF_DB_PASSWORD", server.password(),
                            "PORT", String.valueOf(taken.getLocalPort())));
            for (var badCase : cases.entrySet()) {
                var run = new JarRun(pathWithoutNode, badCase.getValue(), 0);
                String output = run.runToFailure(JAR);
                assertThat(output).as(badCase.getKey()).contains(badCase.getKey())
                        .contains("APPLICATION FAILED TO START");
                assertThat(output.lines().filter(line -> line.startsWith("\tat ")).count())
                        .as("stack trace lines for: " + badCase.getKey()).isZero();
            }
        }
    }

    private static long countRows(Path home, String table) throws Exception {
        var credentials = new Properties();
        try (var reader = Files.newBufferedReader(home.resolve("db-credentials.properties"))) {
            credentials.load(reader);
        }
        // the jar has stopped its server by now: start it again on the same files to look
        try (var server = EmbeddedMariaDb.start(home, 0);
                var connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                        credentials.getProperty("app.password"));
                var result = connection.createStatement().executeQuery("select count(*) from " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static HttpResponse<String> get(int port, String path, String accept) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
