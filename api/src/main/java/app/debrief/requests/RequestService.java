package app.debrief.requests;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.debrief.base.InvalidInputException;
import app.debrief.base.NotFoundException;
import app.debrief.connections.ExtensionClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the extension records. Ids come from the sender, so every call can be retried without
 * duplicates; the state is recomputed from all events each time, so their order does not matter.
 */
@Service
@Transactional
public class RequestService {

    private final RequestRepository requests;
    private final NewRequests newRequests;
    private final RequestStateUpdater states;
    private final Clock clock;

    RequestService(RequestRepository requests, NewRequests newRequests, RequestStateUpdater states, Clock clock) {
        this.requests = requests;
        this.newRequests = newRequests;
        this.states = states;
        this.clock = clock;
    }

    /**
     * Creates the request, or updates the caller's own: returns true when it was created. Each
     * statement stands on its own (an insert that ignores a known id, shared with concurrent calls,
     * then an update of the caller's own row), so no transaction is opened: it would cost the
     * busiest call of the API three more round trips to the database and change nothing a retry
     * could see.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean save(ExtensionClient client, UUID id, RequestDraft draft) {
        if (draft.templateVersionId() != null
                && !requests.versionInPractice(client.practiceId(), draft.templateVersionId())) {
            throw new InvalidInputException("templateVersionId: no such template version.");
        }
        if (draft.parentRequestId() != null
                && !requests.ownedBy(client.practiceId(), client.clientId(), draft.parentRequestId())) {
            throw new InvalidInputException("parentRequestId: no such request of yours.");
        }
        Instant now = clock.instant();
        if (newRequests.insertIfAbsent(client.practiceId(), client.clientId(), id, draft, now)) {
            return true;
        }
        if (!requests.update(client.practiceId(), client.clientId(), id, draft, now)) {
            throw new NotFoundException("The request");
        }
        return false;
    }

    /** Records the event once, however often it is sent, and answers the request's state after it. */
    public RequestState record(ExtensionClient client, UUID requestId, UUID eventId, EventType type,
            Instant occurredAt) {
        if (type == EventType.NO_REPLY) {
            throw new InvalidInputException("type: NO_REPLY is recorded by Debrief itself when the wait is over.");
        }
        if (!requests.lockOwned(client.practiceId(), client.clientId(), requestId)) {
            throw new NotFoundException("The request");
        }
        Instant now = clock.instant();
        boolean inserted = requests.insertEventIfAbsent(client.practiceId(), requestId, eventId, type, occurredAt,
                EventSource.EXTENSION, null, now);
        if (!inserted && !requests.requestOfEvent(eventId).map(requestId::equals).orElse(false)) {
            throw new RequestConflictException("Event " + eventId + " belongs to another request: use a new event id.");
        }
        return states.refresh(client.practiceId(), requestId, now);
    }

    @Transactional(readOnly = true)
    public List<RequestView> page(ExtensionClient client, int page, int size) {
        return requests.page(client.practiceId(), client.clientId(), page * size, size);
    }
}
