package app.debrief.base.database;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's passwords, generated on its first start and kept beside its data, readable
 * only by the user who runs Debrief.
 */
final class DatabaseCredentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values;

    private DatabaseCredentials(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    static DatabaseCredentials loadOrCreate(Path file) {
        var values = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                values.load(reader);
            } catch (IOException e) {
                throw new EmbeddedDatabaseException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        var credentials = new DatabaseCredentials(file, values);
        if (!values.containsKey("app.password")) {
            values.setProperty("app.password", newPassword());
            values.setProperty("root.password", newPassword());
            values.setProperty("bootstrapped", "false");
            credentials.save();
        }
        return credentials;
    }

    String appPassword() {
        return values.getProperty("app.password");
    }

    String rootPassword() {
        return values.getProperty("root.password");
    }

    boolean bootstrapped() {
        return Boolean.parseBoolean(values.getProperty("bootstrapped"));
    }

    void markBootstrapped() {
        values.setProperty("bootstrapped", "true");
        save();
    }

    private void save() {
        try {
            Path temporary = Files.createTempFile(file.getParent(), "db-credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(temporary)) {
                values.store(writer, "Passwords of Debrief's embedded MariaDB; generated, keep private");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** 144 random bits, URL-safe, so it needs no quoting inside SQL. */
    private static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
