package app.debrief.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The batching around the insert; the insert's SQL itself is tested on MariaDB in RequestsApiIT. */
class NewRequestsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final UUID PRACTICE = UUID.randomUUID();
    private static final UUID CLIENT = UUID.randomUUID();

    private final ExecutorService callers = Executors.newFixedThreadPool(16);
    private final Set<UUID> stored = ConcurrentHashMap.newKeySet();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    /** Stores the new ids of a batch, like INSERT IGNORE ... RETURNING; a "Poison" row fails the whole batch. */
    private Set<UUID> insertAll(List<NewRequest> rows) {
        batchSizes.add(rows.size());
        sleep(); // a round trip, so concurrent callers queue for the next batch
        if (rows.stream().anyMatch(row -> row.draft.company().equals("Poison"))) {
            throw new IllegalStateException("the database refused the statement");
        }
        Set<UUID> inserted = new HashSet<>();
        for (NewRequest row : rows) {
            if (stored.add(row.id)) {
                inserted.add(row.id);
            }
        }
        return inserted;
    }

    @Test
    void concurrentCallsShareInsertsAndABadRowFailsOnlyItsOwnCall() throws Exception {
        var newRequests = new NewRequests(this::insertAll);
        List<UUID> ids = new ArrayList<>();
        List<Future<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            String company = i % 50 == 7 ? "Poison" : "Acme " + i;
            calls.add(callers.submit(() -> newRequests.insertIfAbsent(PRACTICE, CLIENT, id, draft(company), NOW)));
        }

        int failed = 0;
        for (int i = 0; i < calls.size(); i++) {
            if (i % 50 == 7) {
                int call = i;
                assertThatThrownBy(() -> calls.get(call).get(10, TimeUnit.SECONDS))
                        .hasRootCauseMessage("the database refused the statement");
                failed++;
            } else {
                assertThat(calls.get(i).get(10, TimeUnit.SECONDS)).as("call %d created its request", i).isTrue();
            }
        }
        assertThat(failed).isEqualTo(8);
        assertThat(stored).hasSize(392).doesNotContainAnyElementsOf(
                List.of(ids.get(7), ids.get(57), ids.get(107)));
        assertThat(batchSizes).as("16 concurrent callers share statements").anyMatch(size -> size > 1);
    }

    @Test
    void ofTwoRowsWithOneIdInABatchOnlyTheFirstCreatedIt() {
        var newRequests = new NewRequests(this::insertAll);
        UUID id = UUID.randomUUID();
        var original = new NewRequest(PRACTICE, CLIENT, id, draft("Acme"), NOW);
        var retry = new NewRequest(PRACTICE, CLIENT, id, draft("Acme"), NOW);
        var other = new NewRequest(PRACTICE, CLIENT, UUID.randomUUID(), draft("Globex"), NOW);

        var outcomes = newRequests.insert(List.of(original, retry, other));

        assertThat(outcomes.get(original).inserted()).isTrue();
        assertThat(outcomes.get(retry).inserted()).as("the retry updates instead").isFalse();
        assertThat(outcomes.get(other).inserted()).isTrue();
        assertThat(newRequests.insertIfAbsent(PRACTICE, CLIENT, id, draft("Acme"), NOW)).isFalse();
    }

    private static RequestDraft draft(String company) {
        return new RequestDraft(company, "Analyst", "Dana", "acme.example", "gmail", Channel.EMAIL, NOW, null, null);
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
