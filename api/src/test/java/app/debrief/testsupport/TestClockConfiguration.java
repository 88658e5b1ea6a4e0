package app.debrief.testsupport;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    MutableClock clock() {
        // the database keeps microseconds: a test clock that starts finer would not round-trip
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MICROS));
    }
}
