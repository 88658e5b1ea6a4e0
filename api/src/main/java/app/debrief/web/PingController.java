package app.debrief.web;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Is the Debrief server there?", answered without a token or the database: the extension's
 * options page can tell an unreachable server from a refused token, and the API benchmark uses it
 * as the ceiling the real endpoints are compared with.
 */
@RestController
class PingController {

    private static final Map<String, String> OK = Map.of("status", "ok");

    @GetMapping("/api/v1/ping")
    Map<String, String> ping() {
        return OK;
    }
}
