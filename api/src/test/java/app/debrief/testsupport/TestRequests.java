package app.debrief.testsupport;

import java.time.Instant;
import java.util.UUID;

import app.debrief.connections.ExtensionClient;
import app.debrief.requests.Channel;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestDraft;
import app.debrief.requests.RequestService;
import app.debrief.requests.RequestState;
import org.jspecify.annotations.Nullable;

/** Requests and events recorded as a client's extension would, through the real service, for tests. */
public final class TestRequests {

    private final RequestService requests;

    public TestRequests(RequestService requests) {
        this.requests = requests;
    }

    /** A request logged in the extension, its rejection at the given time. */
    public UUID request(UUID practiceId, UUID clientId, String company, Instant rejectionAt) {
        return request(practiceId, clientId, company, rejectionAt, null);
    }

    /** A follow-up (a child request) of the given parent. */
    public UUID request(UUID practiceId, UUID clientId, String company, Instant rejectionAt, @Nullable UUID parentId) {
        UUID id = UUID.randomUUID();
        requests.save(client(practiceId, clientId), id, new RequestDraft(company, "Analyst", "Dana Smith",
                "example.com", "gmail", Channel.EMAIL, rejectionAt, null, parentId));
        event(practiceId, clientId, id, EventType.REJECTION_LOGGED, rejectionAt);
        return id;
    }

    public RequestState event(UUID practiceId, UUID clientId, UUID requestId, EventType type, Instant at) {
        return requests.record(client(practiceId, clientId), requestId, UUID.randomUUID(), type, at);
    }

    /** A request that went out: logged, drafted a minute later, sent {@code sentAt}. */
    public UUID sent(UUID practiceId, UUID clientId, String company, Instant rejectionAt, Instant sentAt) {
        UUID id = request(practiceId, clientId, company, rejectionAt);
        event(practiceId, clientId, id, EventType.DRAFTED, sentAt.minusSeconds(60));
        event(practiceId, clientId, id, EventType.SENT, sentAt);
        return id;
    }

    private static ExtensionClient client(UUID practiceId, UUID clientId) {
        return new ExtensionClient(UUID.randomUUID(), clientId, practiceId, null, 0);
    }
}
