package app.debrief.templates;

import java.io.IOException;
import java.util.regex.Pattern;

import app.debrief.connections.ExtensionClient;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The connected client's templates, for the extension, which revalidates with If-None-Match: an
 * unchanged answer is a 304 without a body. Browsers accept gzip, so they get the answer's gzipped
 * bytes, compressed once when it was built. The bytes are written to the response as they are: a
 * ResponseEntity copied its headers and went through content negotiation for an answer that is
 * already made, about a tenth of this busy call's time.
 */
@RestController
class TemplatesApiController {

    /** A quality of zero: the coding is not acceptable. */
    private static final Pattern REFUSED = Pattern.compile("(?i)q\\s*=\\s*0(\\.0{0,3})?");

    private final TemplatesAnswers answers;

    TemplatesApiController(TemplatesAnswers answers) {
        this.answers = answers;
    }

    /** Each coding has its own ETag, and the answer varies by Accept-Encoding, a 304 included. */
    @GetMapping(value = "/api/v1/templates", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "200", description = "The published templates of the client's libraries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = ClientTemplate.class))))
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag given in If-None-Match",
            content = @Content)
    void templates(@AuthenticationPrincipal ExtensionClient client,
            @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false)
            @Nullable String acceptEncoding, ServletWebRequest request, HttpServletResponse response)
            throws IOException {
        var answer = answers.forClient(client.practiceId(), client.clientId(), client.templatesStamp());
        boolean gzip = acceptsGzip(acceptEncoding);
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        // sets the ETag, and the 304 when If-None-Match names it
        if (request.checkNotModified(gzip ? answer.gzipEtag() : answer.etag())) {
            return;
        }
        byte[] body = gzip ? answer.gzip() : answer.json();
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Whether Accept-Encoding takes gzip: named, or by "*", and not refused with q=0 (RFC 9110, 12.5.3). */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        @Nullable Boolean gzip = null;
        @Nullable Boolean any = null;
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip();
            boolean refused = parts.length > 1 && REFUSED.matcher(parts[1].strip()).matches();
            if (name.equalsIgnoreCase("gzip")) {
                gzip = !refused;
            } else if (name.equals("*")) {
                any = !refused;
            }
        }
        return gzip != null ? gzip : Boolean.TRUE.equals(any);
    }
}
