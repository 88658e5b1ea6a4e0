package app.debrief.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CoalescerTest {

    private final ExecutorService callers = Executors.newFixedThreadPool(32);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void everyCallerGetsItsOwnKeysAnswerWhileBatchesAreShared() throws Exception {
        var batches = new CopyOnWriteArrayList<List<Integer>>();
        var coalescer = new Coalescer<Integer, String>(keys -> {
            batches.add(keys);
            sleep(2); // a round trip: callers arriving meanwhile queue for the next batch
            return keys.stream().filter(key -> key % 7 != 0).collect(Collectors.toMap(key -> key, key -> "v" + key));
        }, 2, 16);

        List<Future<Boolean>> answers = new ArrayList<>();
        for (int caller = 0; caller < 32; caller++) {
            int first = caller * 100;
            answers.add(callers.submit(() -> {
                for (int key = first; key < first + 100; key++) {
                    String expected = key % 7 == 0 ? null : "v" + key;
                    if (!java.util.Objects.equals(coalescer.get(key), expected)) {
                        return false;
                    }
                }
                return true;
            }));
        }
        for (Future<Boolean> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(batches.stream().mapToInt(List::size).sum()).isEqualTo(3200);
        assertThat(batches.size()).as("32 callers share round trips").isLessThan(3200 / 4);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(16));
    }

    @Test
    void aKeyAskedWhileItsBatchIsOnItsWayIsReadAgainAfterwards() throws Exception {
        var revoked = new ConcurrentHashMap<String, Boolean>();
        var firstBatchStarted = new CountDownLatch(1);
        var releaseFirstBatch = new CountDownLatch(1);
        var loads = new AtomicInteger();
        var coalescer = new Coalescer<String, String>(keys -> {
            Map<String, String> read = keys.stream().collect(Collectors.toMap(Function.identity(),
                    key -> revoked.containsKey(key) ? "revoked" : "active"));
            if (loads.incrementAndGet() == 1) { // read, and its answer still on the way back
                firstBatchStarted.countDown();
                await(releaseFirstBatch);
            }
            return read;
        }, 1, 100);

        Future<String> before = callers.submit(() -> coalescer.get("token"));
        assertThat(firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
        revoked.put("token", true); // committed while the first lookup is on its way
        Future<String> after = callers.submit(() -> coalescer.get("token"));
        Thread.sleep(50);
        assertThat(after).as("no answer from a batch that started before the call").isNotDone();
        releaseFirstBatch.countDown();

        assertThat(before.get(5, TimeUnit.SECONDS)).isEqualTo("active");
        assertThat(after.get(5, TimeUnit.SECONDS)).isEqualTo("revoked");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aFailedBatchFailsEveryCallerItHeldAndTheNextOneWorks() throws Exception {
        var failing = new java.util.concurrent.atomic.AtomicBoolean(true);
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var coalescer = new Coalescer<Integer, String>(keys -> {
            if (failing.get()) {
                started.countDown();
                await(release);
                throw new IllegalStateException("database is down");
            }
            return Map.of(keys.getFirst(), "up");
        }, 1, 100);

        Future<String> leader = callers.submit(() -> coalescer.get(1));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        List<Future<String>> queued = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queued.add(callers.submit(() -> coalescer.get(2)));
        }
        Thread.sleep(50);
        failing.set(false);
        release.countDown();

        assertThatThrownBy(() -> leader.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        for (Future<String> caller : queued) {
            assertThat(caller.get(5, TimeUnit.SECONDS)).as("queued behind the failure, read afterwards")
                    .isEqualTo("up");
        }
        assertThat(coalescer.get(3)).isEqualTo("up");
    }

    @Test
    void withoutContentionEachCallLoadsAtOnceOnItsOwn() {
        var batches = new ArrayList<List<Integer>>();
        var coalescer = new Coalescer<Integer, Integer>(keys -> {
            batches.add(keys);
            return keys.stream().collect(Collectors.toMap(key -> key, key -> key * 2));
        }, 4, 64);

        assertThat(coalescer.get(1)).isEqualTo(2);
        assertThat(coalescer.get(1)).isEqualTo(2);
        assertThat(coalescer.get(5)).isEqualTo(10);
        assertThat(batches).containsExactly(List.of(1), List.of(1), List.of(5));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
