package app.debrief.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A parent request's state from its own events plus what its follow-ups (child requests) got. */
class FollowUpStatesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

    @Test
    void a_reply_to_the_follow_up_resolves_the_parent() {
        var parent = List.of(event(EventType.REJECTION_LOGGED, 0), event(EventType.SENT, 1));
        var followUp = List.of(event(EventType.SENT, 7 * 24 * 60), event(EventType.REPLIED_FEEDBACK, 8 * 24 * 60));

        assertThat(RequestStates.of(parent, followUp)).isEqualTo(RequestState.REPLIED_FEEDBACK);
        assertThat(RequestStates.of(parent, List.of(event(EventType.REPLIED_DECLINED, 9))))
                .isEqualTo(RequestState.REPLIED_DECLINED);
    }

    @Test
    void a_reply_to_the_follow_up_replaces_the_parents_timeout() {
        var parent = List.of(event(EventType.SENT, 1), system(EventType.NO_REPLY, 10 * 24 * 60));
        assertThat(RequestStates.of(parent, List.of())).isEqualTo(RequestState.NO_REPLY);

        assertThat(RequestStates.of(parent, List.of(event(EventType.REPLIED_FEEDBACK, 12 * 24 * 60))))
                .isEqualTo(RequestState.REPLIED_FEEDBACK);
    }

    @Test
    void the_follow_ups_own_send_timeout_and_withdrawal_say_nothing_about_the_parent() {
        var parent = List.of(event(EventType.REJECTION_LOGGED, 0), event(EventType.SENT, 1));
        var followUp = List.of(event(EventType.REJECTION_LOGGED, 2), event(EventType.DRAFTED, 3),
                event(EventType.SENT, 4), system(EventType.NO_REPLY, 5), event(EventType.WITHDRAWN, 6));

        assertThat(RequestStates.of(parent, followUp)).isEqualTo(RequestState.SENT);
    }

    @Test
    void a_parent_withdrawn_after_the_follow_up_reply_stays_withdrawn_and_before_it_is_answered() {
        var followUpReply = List.of(event(EventType.REPLIED_DECLINED, 50));

        assertThat(RequestStates.of(List.of(event(EventType.SENT, 1), event(EventType.WITHDRAWN, 60)), followUpReply))
                .isEqualTo(RequestState.WITHDRAWN);
        assertThat(RequestStates.of(List.of(event(EventType.SENT, 1), event(EventType.WITHDRAWN, 40)), followUpReply))
                .isEqualTo(RequestState.REPLIED_DECLINED);
    }

    @Test
    void without_follow_ups_it_is_the_single_request_function() {
        var own = List.of(event(EventType.SENT, 1), event(EventType.DRAFTED, 0));
        assertThat(RequestStates.of(own, List.of())).isEqualTo(RequestStates.of(own));
    }

    /**
     * Property: for 300 random parents with random follow-ups, any arrival order of either list gives
     * the same state, and that state is the single-request function over the parent's events plus the
     * follow-ups' person-made replies.
     */
    @TestFactory
    Stream<DynamicTest> any_arrival_order_of_parent_and_follow_up_events_gives_the_same_state() {
        return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new Random(seed);
            var own = randomHistory(random);
            var followUps = randomHistory(random);
            var merged = new ArrayList<>(own);
            followUps.stream().filter(event -> (event.type() == EventType.REPLIED_FEEDBACK
                    || event.type() == EventType.REPLIED_DECLINED) && event.source() != EventSource.SYSTEM)
                    .forEach(merged::add);
            RequestState expected = RequestStates.of(merged);
            for (int shuffle = 0; shuffle < 20; shuffle++) {
                var ownArrival = new ArrayList<>(own);
                var followUpArrival = new ArrayList<>(followUps);
                Collections.shuffle(ownArrival, random);
                Collections.shuffle(followUpArrival, random);
                assertThat(RequestStates.of(ownArrival, followUpArrival))
                        .as("seed %d, own %s, follow-ups %s", seed, ownArrival, followUpArrival)
                        .isEqualTo(expected);
            }
            if (merged.size() > own.size()) {
                assertThat(expected).as("a person's reply to a follow-up resolves the parent, seed %d", seed)
                        .isIn(RequestState.REPLIED_FEEDBACK, RequestState.REPLIED_DECLINED, RequestState.WITHDRAWN);
            }
        }));
    }

    private static List<StoredEvent> randomHistory(Random random) {
        var events = new ArrayList<StoredEvent>();
        events.add(event(EventType.REJECTION_LOGGED, 0));
        int count = random.nextInt(7);
        EventType[] types = EventType.values();
        for (int i = 0; i < count; i++) {
            EventType type = types[random.nextInt(types.length)];
            EventSource source = type == EventType.NO_REPLY ? EventSource.SYSTEM
                    : random.nextBoolean() ? EventSource.EXTENSION : EventSource.PORTAL;
            events.add(new StoredEvent(new UUID(random.nextLong(), random.nextLong()), type,
                    T0.plusSeconds(random.nextInt(5)), source));
        }
        return events;
    }

    private static StoredEvent event(EventType type, int minutes) {
        return new StoredEvent(UUID.randomUUID(), type, T0.plusSeconds(60L * minutes), EventSource.EXTENSION);
    }

    private static StoredEvent system(EventType type, int minutes) {
        return new StoredEvent(UUID.randomUUID(), type, T0.plusSeconds(60L * minutes), EventSource.SYSTEM);
    }
}
