package app.debrief.base.startup;

import java.sql.SQLException;
import java.util.Optional;

import app.debrief.base.database.EmbeddedDatabaseException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a database that cannot be reached or used at start-up into one sentence saying what is
 * wrong and how to fix it, instead of a page of stack trace.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        Optional<EmbeddedDatabaseException> embedded = find(failure, EmbeddedDatabaseException.class);
        if (embedded.isPresent()) {
            return new FailureAnalysis(embedded.get().getMessage(),
                    "Fix the data directory, or point Debrief at a MariaDB server with DEBRIEF_DB_URL.", failure);
        }
        return find(failure, SQLException.class).map(sql -> analyze(sql, failure)).orElse(null);
    }

    private static @Nullable FailureAnalysis analyze(SQLException sql, Throwable failure) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("08")) {
            return new FailureAnalysis("Cannot reach the database server (" + sql.getMessage() + ").",
                    "Check that MariaDB is running and that DEBRIEF_DB_URL names the right host and port.", failure);
        }
        if (state.startsWith("28") || sql.getErrorCode() == 1045) {
            return new FailureAnalysis("The database server refused the user name or password.",
                    "Check DEBRIEF_DB_USER and DEBRIEF_DB_PASSWORD.", failure);
        }
        if (sql.getErrorCode() == 1049) {
            return new FailureAnalysis("The database named in DEBRIEF_DB_URL does not exist.",
                    "Create it (CREATE DATABASE debrief CHARACTER SET utf8mb4) or fix the name in DEBRIEF_DB_URL.",
                    failure);
        }
        if (sql.getErrorCode() == 1044 || sql.getErrorCode() == 1142) {
            return new FailureAnalysis("The database user may not create or change Debrief's tables.",
                    "Grant the user all privileges on Debrief's database.", failure);
        }
        return null;
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }
}
