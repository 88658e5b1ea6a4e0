package app.debrief.testsupport;

import java.nio.file.Path;
import java.util.UUID;

import app.debrief.base.database.EmbeddedMariaDb;

/**
 * One embedded MariaDB per test JVM, shared by every integration test: started on first use,
 * stopped when the JVM ends. Tests make their own data; a test that needs an empty database asks
 * for a fresh one on the same server.
 */
public final class SharedTestDatabase {

    private static EmbeddedMariaDb server;

    private SharedTestDatabase() {
    }

    public static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            server = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath(), 0);
            server.createDatabase(SHARED_DATABASE);
            Runtime.getRuntime().addShutdownHook(new Thread(SharedTestDatabase::stopAfterSpring, "stop-test-mariadb"));
        }
        return server;
    }

    /**
     * JVM shutdown hooks run together: the cached Spring contexts, closing in theirs, still write
     * (the tokens' last uses) and would wait 30 s for a connection to a server already stopped. So
     * this hook waits for Spring's, which may start a moment after it.
     */
    private static void stopAfterSpring() {
        long deadline = System.nanoTime() + 2_000_000_000L;
        try {
            Thread spring = null;
            while (spring == null && System.nanoTime() < deadline) {
                spring = Thread.getAllStackTraces().keySet().stream()
                        .filter(thread -> thread.getName().equals("SpringApplicationShutdownHook"))
                        .findFirst().orElse(null);
                if (spring == null) {
                    Thread.sleep(20);
                }
            }
            if (spring != null) {
                spring.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
    }

    public static final String SHARED_DATABASE = "debrief_it";

    /** A new, empty database on the shared server, for a test that must start from nothing. */
    public static String freshDatabase(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        server().createDatabase(name);
        return name;
    }
}
