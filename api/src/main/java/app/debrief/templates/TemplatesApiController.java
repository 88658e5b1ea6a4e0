package app.debrief.templates;

import app.debrief.connections.ExtensionClient;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The connected client's templates, for the extension, which revalidates with If-None-Match: an
 * unchanged answer is a 304 without a body (Spring answers it from the ETag given here).
 */
@RestController
class TemplatesApiController {

    private final TemplatesAnswers answers;

    TemplatesApiController(TemplatesAnswers answers) {
        this.answers = answers;
    }

    @GetMapping(value = "/api/v1/templates", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The published templates of the client's libraries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = ClientTemplate.class))))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match",
            content = @Content)
    ResponseEntity<byte[]> templates(@AuthenticationPrincipal ExtensionClient client) {
        var answer = answers.forClient(client.practiceId(), client.clientId(), client.templatesStamp());
        return ResponseEntity.ok().eTag(answer.etag()).contentType(MediaType.APPLICATION_JSON).body(answer.json());
    }
}
