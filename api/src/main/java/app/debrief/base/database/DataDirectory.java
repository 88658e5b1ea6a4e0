package app.debrief.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the data directory before anything is started in it, so a mistake reads as one sentence. */
final class DataDirectory {

    private DataDirectory() {
    }

    static void requireWritable(Path home) {
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
}
