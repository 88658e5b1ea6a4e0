package app.debrief.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import app.debrief.demo.DemoRequestPlan.Client;
import app.debrief.demo.DemoRequestPlan.Event;
import app.debrief.demo.DemoRequestPlan.Request;
import app.debrief.requests.EventType;
import app.debrief.requests.RequestState;
import app.debrief.requests.RequestStates;
import app.debrief.requests.StoredEvent;
import app.debrief.templates.TemplateKind;
import org.junit.jupiter.api.Test;

class DemoRequestPlanTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final UUID PRACTICE = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final List<Client> CLIENTS = List.of(
            client(1, "UX research", true), client(2, "Data engineering", true), client(3, "Nursing", true),
            client(4, "Marketing", true), client(5, "Finance", false));
    private static final Map<TemplateKind, List<UUID>> VERSIONS = Map.of(
            TemplateKind.EMAIL, List.of(new UUID(9, 1), new UUID(9, 2)), TemplateKind.FOLLOW_UP, List.of(new UUID(9, 3)),
            TemplateKind.PHONE, List.of(new UUID(9, 4)));

    private final DemoRequestPlan.Plan plan = DemoRequestPlan.of(PRACTICE, CLIENTS, VERSIONS, NOW);

    @Test
    void every_state_appears_with_enough_requests_to_show_rates() {
        var states = plan.requests().stream().map(Request::state).collect(Collectors.toSet());
        assertThat(states).containsAll(EnumSet.allOf(RequestState.class));
        assertThat(plan.requests()).hasSizeGreaterThanOrEqualTo(45);
        assertThat(plan.requests()).anyMatch(request -> request.parentId() != null);
        assertThat(plan.notes()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void each_state_is_what_the_product_computes_from_the_events_and_nothing_is_in_the_future() {
        for (Request request : plan.requests()) {
            var followUps = plan.requests().stream().filter(f -> request.id().equals(f.parentId()))
                    .flatMap(f -> f.events().stream()).map(DemoRequestPlanTest::stored).toList();
            assertThat(request.state()).as(request.company())
                    .isEqualTo(RequestStates.of(request.events().stream().map(DemoRequestPlanTest::stored).toList(),
                            followUps));
            assertThat(request.events()).allSatisfy(event -> assertThat(event.occurredAt()).isBeforeOrEqualTo(NOW));
            assertThat(request.rejectionAt()).isAfter(NOW.minus(Duration.ofDays(123)));
        }
        assertThat(plan.notes()).allSatisfy(note -> assertThat(note.createdAt()).isBeforeOrEqualTo(NOW));
    }

    @Test
    void parents_come_before_their_follow_ups_and_ids_are_unique_and_the_same_each_time() {
        var seen = new HashSet<UUID>();
        for (Request request : plan.requests()) {
            if (request.parentId() != null) {
                assertThat(seen).contains(request.parentId());
            }
            assertThat(seen.add(request.id())).isTrue();
        }
        var eventIds = plan.requests().stream().flatMap(r -> r.events().stream()).map(Event::id).toList();
        assertThat(eventIds).doesNotHaveDuplicates();
        assertThat(DemoRequestPlan.of(PRACTICE, CLIENTS, VERSIONS, NOW.plusSeconds(30)).requests())
                .extracting(Request::id).containsExactlyElementsOf(plan.requests().stream().map(Request::id).toList());
    }

    @Test
    void some_rejections_are_waiting_right_now_past_the_twenty_hour_reminder() {
        assertThat(plan.requests()).filteredOn(r -> r.parentId() == null
                        && (r.state() == RequestState.REJECTION_LOGGED || r.state() == RequestState.DRAFTED)
                        && r.rejectionAt().isBefore(NOW.minus(Duration.ofHours(20)))
                        && r.rejectionAt().isAfter(NOW.minus(Duration.ofDays(30))))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(plan.requests()).filteredOn(r -> r.state() == RequestState.SENT).isNotEmpty();
        assertThat(plan.requests()).filteredOn(r -> r.events().stream().anyMatch(e -> e.type() == EventType.SENT))
                .allSatisfy(r -> assertThat(r.templateVersionId()).isNotNull());
    }

    private static Client client(int n, String field, boolean active) {
        return new Client(new UUID(1, n), new UUID(2, n % 2), field, active);
    }

    private static StoredEvent stored(Event event) {
        return new StoredEvent(event.id(), event.type(), event.occurredAt(), event.source());
    }
}
