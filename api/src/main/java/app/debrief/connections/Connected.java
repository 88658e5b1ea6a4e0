package app.debrief.connections;

/** The answer to a good connection code: the bearer token (shown once) and who it belongs to. */
public record Connected(String token, ConnectedProfile.Client client, ConnectedProfile.Coach coach,
        ConnectedProfile.Practice practice, ConnectedProfile.Settings settings) {
}
