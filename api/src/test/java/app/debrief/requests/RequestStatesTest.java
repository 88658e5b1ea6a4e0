package app.debrief.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RequestStatesTest {

    private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");

    @Test
    void the_furthest_lifecycle_step_counts_until_someone_answers() {
        assertThat(RequestStates.of(List.of(event(EventType.REJECTION_LOGGED, 0)))).isEqualTo(RequestState.REJECTION_LOGGED);
        assertThat(RequestStates.of(List.of(event(EventType.SENT, 2), event(EventType.DRAFTED, 1),
                event(EventType.REJECTION_LOGGED, 0)))).isEqualTo(RequestState.SENT);
    }

    @Test
    void a_reply_recorded_after_the_timeout_replaces_it() {
        var timeout = new StoredEvent(UUID.randomUUID(), EventType.NO_REPLY, T0.plusSeconds(900), EventSource.SYSTEM);

        assertThat(RequestStates.of(List.of(event(EventType.SENT, 1), timeout))).isEqualTo(RequestState.NO_REPLY);
        assertThat(RequestStates.of(List.of(event(EventType.SENT, 1), timeout, event(EventType.REPLIED_FEEDBACK, 2))))
                .isEqualTo(RequestState.REPLIED_FEEDBACK);
    }

    @Test
    void the_latest_answer_wins_and_at_the_same_moment_feedback_beats_declined() {
        assertThat(RequestStates.of(List.of(event(EventType.REPLIED_DECLINED, 5), event(EventType.REPLIED_FEEDBACK, 3))))
                .isEqualTo(RequestState.REPLIED_DECLINED);
        assertThat(RequestStates.of(List.of(event(EventType.REPLIED_DECLINED, 5), event(EventType.REPLIED_FEEDBACK, 5))))
                .isEqualTo(RequestState.REPLIED_FEEDBACK);
        assertThat(RequestStates.of(List.of(event(EventType.SENT, 1), event(EventType.WITHDRAWN, 2))))
                .isEqualTo(RequestState.WITHDRAWN);
    }

    /** Any arrival order gives the same state: 300 random histories, each shuffled 20 ways. */
    @TestFactory
    Stream<DynamicTest> any_arrival_order_gives_the_same_state() {
        return IntStream.range(0, 300).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            var random = new Random(seed);
            var history = randomHistory(random);
            RequestState expected = RequestStates.of(history);
            for (int shuffle = 0; shuffle < 20; shuffle++) {
                var arrival = new ArrayList<>(history);
                Collections.shuffle(arrival, random);
                assertThat(RequestStates.of(arrival)).as("seed %d, order %s", seed, arrival).isEqualTo(expected);
            }
        }));
    }

    private static List<StoredEvent> randomHistory(Random random) {
        var events = new ArrayList<StoredEvent>();
        events.add(event(EventType.REJECTION_LOGGED, 0));
        int count = random.nextInt(8);
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
}
