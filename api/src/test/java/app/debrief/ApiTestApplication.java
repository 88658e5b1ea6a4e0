package app.debrief;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The api module on its own, without the portal, for its integration tests. */
@SpringBootApplication
public class ApiTestApplication {
}
