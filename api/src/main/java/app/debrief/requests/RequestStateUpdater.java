package app.debrief.requests;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Stores a request's state after a new event, computed from all its events, and its parent's when
 * it is a follow-up: a reply to the follow-up answers the parent too. Runs inside the caller's
 * transaction, which has locked the request; the parent is locked after its child, always in that
 * order, so two events never wait for each other.
 */
@Component
class RequestStateUpdater {

    private final RequestRepository requests;

    RequestStateUpdater(RequestRepository requests) {
        this.requests = requests;
    }

    RequestState refresh(UUID practiceId, UUID requestId, Instant now) {
        RequestState state = recompute(practiceId, requestId, now);
        Optional<UUID> parent = requests.lockWithParent(practiceId, requestId).flatMap(p -> p);
        parent.ifPresent(parentId -> {
            if (requests.lockWithParent(practiceId, parentId).isPresent()) {
                recompute(practiceId, parentId, now);
            }
        });
        return state;
    }

    private RequestState recompute(UUID practiceId, UUID requestId, Instant now) {
        RequestState state = RequestStates.of(requests.events(practiceId, requestId),
                requests.followUpEvents(practiceId, requestId));
        requests.setState(requestId, state, now);
        return state;
    }
}
