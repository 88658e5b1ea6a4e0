package app.debrief.base;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Lets concurrent callers share one round trip to the database: their keys are looked up together.
 * A key joins the next batch that has not started yet, never one already on its way, so every
 * answer is read after it was asked for, exactly as fresh as a lookup of its own (a token revoked
 * before a call began is seen as revoked). Up to {@code parallelism} batches run at once; a caller
 * that finds a free slot loads at once, so without contention a batch holds one key and costs what a
 * single lookup costs. The batch runs on a caller's own thread: there is no thread of its own to
 * stop, and a batch's failure reaches every caller it held.
 */
public final class Coalescer<K, V> {

    private final Function<List<K>, Map<K, V>> load;
    private final int parallelism;
    private final int maxBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Pending<K, V>> queue = new ArrayDeque<>();
    private int running;

    /** {@code load} answers the keys it found; a key it leaves out is answered null. */
    public Coalescer(Function<List<K>, Map<K, V>> load, int parallelism, int maxBatch) {
        if (parallelism < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("parallelism and maxBatch must be positive");
        }
        this.load = load;
        this.parallelism = parallelism;
        this.maxBatch = maxBatch;
    }

    public @Nullable V get(K key) {
        var mine = new Pending<K, V>(key, Thread.currentThread());
        boolean lead;
        lock.lock();
        try {
            queue.add(mine);
            lead = running < parallelism;
            if (lead) {
                running++;
            }
        } finally {
            lock.unlock();
        }
        boolean interrupted = false;
        while (true) {
            if (lead) {
                runUntilAnswered(mine);
            }
            if (mine.done) {
                if (mine.takeLead()) { // the slot came just as another batch answered this caller
                    runUntilAnswered(mine);
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return mine.answer();
            }
            LockSupport.park(this);
            // the answer is on its way and others may wait on this caller's slot: note, wait on
            interrupted |= Thread.interrupted();
            lead = mine.takeLead();
        }
    }

    /** Runs batches in this caller's slot until its own key is answered, then hands the slot on. */
    private void runUntilAnswered(Pending<K, V> mine) {
        List<Pending<K, V>> batch;
        while (!mine.done && !(batch = nextBatch()).isEmpty()) {
            run(batch);
        }
        lock.lock();
        try {
            handOn();
        } finally {
            lock.unlock();
        }
    }

    private List<Pending<K, V>> nextBatch() {
        List<Pending<K, V>> batch = new ArrayList<>();
        lock.lock();
        try {
            while (batch.size() < maxBatch && !queue.isEmpty()) {
                batch.add(queue.poll());
            }
        } finally {
            lock.unlock();
        }
        return batch;
    }

    /** Frees this slot, or gives it to the oldest waiting caller. Called with the lock held. */
    private void handOn() {
        Pending<K, V> next = queue.peek();
        if (next == null) {
            running--;
        } else {
            next.lead = true;
            LockSupport.unpark(next.thread);
        }
    }

    private void run(List<Pending<K, V>> batch) {
        Map<K, V> answers;
        try {
            answers = load.apply(batch.stream().map(pending -> pending.key).distinct().toList());
        } catch (RuntimeException | Error failure) {
            batch.forEach(pending -> pending.finish(null, failure));
            return;
        }
        batch.forEach(pending -> pending.finish(answers.get(pending.key), null));
    }

    private static final class Pending<K, V> {

        final K key;
        final Thread thread;
        volatile boolean lead;
        volatile boolean done;
        private @Nullable V value;
        private @Nullable Throwable failure;

        Pending(K key, Thread thread) {
            this.key = key;
            this.thread = thread;
        }

        boolean takeLead() {
            if (!lead) {
                return false;
            }
            lead = false;
            return true;
        }

        void finish(@Nullable V answer, @Nullable Throwable error) {
            value = answer;
            failure = error;
            done = true;
            if (thread != Thread.currentThread()) {
                LockSupport.unpark(thread);
            }
        }

        @Nullable V answer() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return value;
        }
    }
}
