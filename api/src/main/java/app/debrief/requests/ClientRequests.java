package app.debrief.requests;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A client's requests, newest rejection first, with the practice's time zone to show them in. */
public record ClientRequests(UUID clientId, String clientName, ZoneId zone, List<ClientRequestRow> rows) {
}
