package app.debrief.connections;

import java.util.UUID;

/** What the extension learns about who it is connected as, and the practice's settings it needs. */
public record ConnectedProfile(Client client, Coach coach, Practice practice, Settings settings) {

    public record Client(UUID id, String name) {
    }

    public record Coach(String name) {
    }

    public record Practice(String name, String timeZone) {
    }

    public record Settings(int noReplyDays, int followUpDay) {
    }
}
