package app.debrief.templates;

import java.util.List;

import app.debrief.connections.ExtensionClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The connected client's templates, for the extension; ETag and If-None-Match come from the web layer. */
@RestController
class TemplatesApiController {

    private final ClientTemplates templates;

    TemplatesApiController(ClientTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/api/v1/templates")
    List<ClientTemplate> templates(@AuthenticationPrincipal ExtensionClient client) {
        return templates.forClient(client.practiceId(), client.clientId());
    }
}
