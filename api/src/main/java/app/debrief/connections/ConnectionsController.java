package app.debrief.connections;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Connecting the extension: code for token, who am I, disconnect. */
@RestController
@RequestMapping("/api/v1")
class ConnectionsController {

    private final ExtensionConnector connector;

    ConnectionsController(ExtensionConnector connector) {
        this.connector = connector;
    }

    record ConnectRequest(@NotBlank @Size(max = 200) String code, @NotBlank @Size(max = 80) String label) {
    }

    @PostMapping("/connections")
    @ResponseStatus(HttpStatus.CREATED)
    Connected connect(@Valid @RequestBody ConnectRequest request, HttpServletRequest http) {
        return connector.connect(request.code(), request.label(), http.getRemoteAddr());
    }

    @GetMapping("/me")
    ConnectedProfile me(@AuthenticationPrincipal ExtensionClient client) {
        return connector.profile(client);
    }

    @DeleteMapping("/tokens/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disconnect(@AuthenticationPrincipal ExtensionClient client) {
        connector.disconnect(client);
    }
}
