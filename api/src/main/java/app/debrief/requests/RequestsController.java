package app.debrief.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.connections.ExtensionClient;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The extension records requests and their events here; every call can be retried safely. Spring
 * MVC validates the parameters itself (no @Validated proxy: it validated each body a second time
 * and answered a bad page size with a 500).
 */
@RestController
@RequestMapping("/api/v1/requests")
class RequestsController {

    private final RequestService requests;

    RequestsController(RequestService requests) {
        this.requests = requests;
    }

    record RequestBodyJson(@NotBlank @Size(max = 120) String company, @Size(max = 120) @Nullable String role,
            @Size(max = 120) @Nullable String interviewerName,
            @Size(max = 253) @Pattern(regexp = "[A-Za-z0-9.-]+\\.[A-Za-z]{2,}", message = "must be a domain such as example.com, never an address")
            @Nullable String recipientDomain,
            @Pattern(regexp = "gmail|outlook|yahoo|roundcube|other") @Nullable String webmail,
            @NotNull Channel channel, @NotNull Instant rejectionAt, @Nullable UUID templateVersionId,
            @Nullable UUID parentRequestId) {
    }

    record EventJson(@NotNull UUID id, @NotNull EventType type, @NotNull Instant occurredAt) {
    }

    record StateJson(RequestState state) {
    }

    /**
     * The answer has no body, so the status is set on the response itself: a ResponseEntity went
     * through content negotiation for nothing, a twentieth of the API's busiest write.
     */
    @PutMapping("/{id}")
    @ApiResponse(responseCode = "201", description = "Created", content = @Content)
    @ApiResponse(responseCode = "200", description = "Updated: the request already was the caller's",
            content = @Content)
    void save(@AuthenticationPrincipal ExtensionClient client, @PathVariable UUID id,
            @Valid @RequestBody RequestBodyJson body, HttpServletResponse response) {
        boolean created = requests.save(client, id, new RequestDraft(body.company().strip(), body.role(),
                body.interviewerName(), body.recipientDomain(), body.webmail(), body.channel(), body.rejectionAt(),
                body.templateVersionId(), body.parentRequestId()));
        response.setStatus(created ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_OK);
    }

    @PostMapping("/{id}/events")
    StateJson record(@AuthenticationPrincipal ExtensionClient client, @PathVariable UUID id,
            @Valid @RequestBody EventJson event) {
        return new StateJson(requests.record(client, id, event.id(), event.type(), event.occurredAt()));
    }

    @GetMapping
    List<RequestView> page(@AuthenticationPrincipal ExtensionClient client,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        return requests.page(client, page, size);
    }
}
