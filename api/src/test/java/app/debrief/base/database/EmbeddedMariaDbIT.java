package app.debrief.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded server on its own: what it binds to, who may connect, and that its data lasts. */
class EmbeddedMariaDbIT {

    private Path home;
    private EmbeddedMariaDb server;

    @BeforeEach
    void newHome() throws Exception {
        Files.createDirectories(Path.of("target"));
        home = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "embedded-it-");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void data_survives_a_clean_stop_and_start() throws Exception {
        server = EmbeddedMariaDb.start(home, 0);
        String marker = write(server);
        server.stop();

        server = EmbeddedMariaDb.start(home, 0);

        assertThat(read(server)).contains(marker);
    }

    @Test
    void data_survives_the_server_being_killed() throws Exception {
        server = EmbeddedMariaDb.start(home, 0);
        String marker = write(server);
        ProcessHandle process = ProcessHandle.of(server.pid()).orElseThrow();

        process.destroyForcibly();
        process.onExit().get();
        server.stop();

        server = EmbeddedMariaDb.start(home, 0);
        assertThat(read(server)).contains(marker);
    }

    @Test
    void listens_on_loopback_only_with_grant_tables_and_utf8mb4() throws Exception {
        server = EmbeddedMariaDb.start(home, 0);
        try (Connection connection = connect(server, server.password())) {
            var result = connection.createStatement().executeQuery(
                    "select @@bind_address, @@character_set_server, @@collation_server, @@skip_grant_tables");
            result.next();
            assertThat(result.getString(1)).isEqualTo("127.0.0.1");
            assertThat(result.getString(2)).isEqualTo("utf8mb4");
            assertThat(result.getString(3)).startsWith("utf8mb4_");
            assertThat(result.getInt(4)).isZero();
        }
        assertThatThrownBy(() -> connect(server, "not-the-password")).isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "root", "")).isInstanceOf(
                SQLException.class);
    }

    @Test
    void keeps_its_generated_password_private_in_the_data_directory() throws Exception {
        server = EmbeddedMariaDb.start(home, 0);
        Path credentials = home.resolve("db-credentials.properties");

        assertThat(Files.readString(credentials)).contains(server.password());
        assertThat(Files.getPosixFilePermissions(credentials).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(server.password()).hasSizeGreaterThanOrEqualTo(24);
    }

    @Test
    void refuses_a_port_already_taken_with_a_sentence_that_says_what_to_do() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(home, taken.getLocalPort()))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("already in use")
                    .hasMessageContaining("debrief.db.embedded.port");
        }
    }

    @Test
    void refuses_a_data_directory_it_cannot_write() {
        assertThatThrownBy(() -> EmbeddedMariaDb.start(Path.of("/proc/debrief-data"), 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("is not writable")
                .hasMessageContaining("DEBRIEF_DATA_DIR");
    }

    @Test
    void refuses_a_data_directory_inside_the_temporary_folder_where_data_would_not_last() {
        Path insideTemporary = Path.of(System.getProperty("java.io.tmpdir"), "debrief-data");

        assertThatThrownBy(() -> EmbeddedMariaDb.start(insideTemporary, 0))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining("inside the temporary folder")
                .hasMessageContaining("DEBRIEF_DATA_DIR");
    }

    private static String write(EmbeddedMariaDb server) throws SQLException {
        String marker = "kept-" + UUID.randomUUID();
        try (Connection connection = connect(server, server.password())) {
            var statement = connection.createStatement();
            statement.execute("create table if not exists durability (marker varchar(64) primary key) engine=InnoDB");
            statement.execute("insert into durability values ('" + marker + "')");
        }
        return marker;
    }

    private static java.util.List<String> read(EmbeddedMariaDb server) throws SQLException {
        try (Connection connection = connect(server, server.password())) {
            var result = connection.createStatement().executeQuery("select marker from durability");
            var markers = new java.util.ArrayList<String>();
            while (result.next()) {
                markers.add(result.getString(1));
            }
            return markers;
        }
    }

    private static Connection connect(EmbeddedMariaDb server, String password) throws SQLException {
        DriverManager.setLoginTimeout((int) Duration.ofSeconds(5).toSeconds());
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), password);
    }
}
