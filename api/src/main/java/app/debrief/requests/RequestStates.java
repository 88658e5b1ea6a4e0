package app.debrief.requests;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The state of a request as a pure function of all its events, never of their arrival order
 * (DESIGN.md): an answer given by a person (feedback, declined, withdrawn) beats the system's
 * no-reply timeout, the latest such answer wins, and otherwise the furthest lifecycle step counts.
 * A reply to a follow-up (a child request) answers its parent too.
 */
public final class RequestStates {

    private static final Set<EventType> ANSWERS = EnumSet.of(EventType.REPLIED_FEEDBACK,
            EventType.REPLIED_DECLINED, EventType.WITHDRAWN);

    /** Latest first; at the same moment feedback before declined before withdrawn; then by id. */
    private static final Comparator<StoredEvent> LATEST_ANSWER = Comparator
            .comparing(StoredEvent::occurredAt)
            .thenComparing(event -> -event.type().ordinal())
            .thenComparing(StoredEvent::id)
            .reversed();

    private static final Set<EventType> REPLIES = EnumSet.of(EventType.REPLIED_FEEDBACK, EventType.REPLIED_DECLINED);

    private RequestStates() {
    }

    /**
     * The state of a request with follow-ups: its own events plus the replies its follow-ups got. A
     * follow-up's own sending, timeout or withdrawal says nothing about the parent.
     */
    public static RequestState of(Collection<StoredEvent> own, Collection<StoredEvent> followUps) {
        if (followUps.isEmpty()) {
            return of(own);
        }
        return of(Stream.concat(own.stream(), followUps.stream().filter(RequestStates::answersParent)).toList());
    }

    static boolean answersParent(StoredEvent followUpEvent) {
        return REPLIES.contains(followUpEvent.type()) && followUpEvent.source() != EventSource.SYSTEM;
    }

    public static RequestState of(Collection<StoredEvent> events) {
        Optional<StoredEvent> answer = events.stream()
                .filter(event -> ANSWERS.contains(event.type()) && event.source() != EventSource.SYSTEM)
                .min(LATEST_ANSWER);
        if (answer.isPresent()) {
            return RequestState.valueOf(answer.get().type().name());
        }
        if (events.stream().anyMatch(event -> event.type() == EventType.NO_REPLY)) {
            return RequestState.NO_REPLY;
        }
        if (events.stream().anyMatch(event -> event.type() == EventType.SENT)) {
            return RequestState.SENT;
        }
        if (events.stream().anyMatch(event -> event.type() == EventType.DRAFTED)) {
            return RequestState.DRAFTED;
        }
        return RequestState.REJECTION_LOGGED;
    }
}
