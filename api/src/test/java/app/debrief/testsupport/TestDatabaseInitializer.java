package app.debrief.testsupport;

import app.debrief.base.database.EmbeddedMariaDb;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application at the shared test server. {@code debrief.test.database=fresh} gives
 * the context an empty database of its own (first-run and demo tests); otherwise all share one.
 */
public final class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String NO_REPLY_SCHEDULE = "debrief.no-reply.schedule";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        EmbeddedMariaDb server = SharedTestDatabase.server();
        String wanted = context.getEnvironment().getProperty("debrief.test.database", "shared");
        String database = "fresh".equals(wanted) ? SharedTestDatabase.freshDatabase("debrief_fresh")
                : SharedTestDatabase.SHARED_DATABASE;
        TestPropertyValues.of(
                        "spring.datasource.url=" + server.jdbcUrl(database),
                        "spring.datasource.username=" + server.username(),
                        "spring.datasource.password=" + server.password())
                .applyTo(context);
        if (!context.getEnvironment().containsProperty(NO_REPLY_SCHEDULE)) {
            // the timeout job runs when a test calls it: run on its own, it would move other tests' requests
            TestPropertyValues.of(NO_REPLY_SCHEDULE + "=false").applyTo(context);
        }
    }
}
