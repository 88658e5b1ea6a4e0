package app.debrief.reports;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A median time to reply, known to the bucket it falls in: the summaries count replies per bucket
 * (sixteen, finer where replies are frequent), so the median is read as "between from and to".
 * The median is the lower one: the ⌈n/2⌉-th smallest time.
 */
public record ReplyTime(Duration from, @Nullable Duration to) {

    /** Bucket lower bounds in hours; the last bucket is open-ended. */
    static final List<Integer> BOUNDS_HOURS = List.of(0, 1, 2, 4, 8, 12, 24, 48, 72, 96, 120, 168, 240, 336, 504,
            720);

    public static final int BUCKETS = BOUNDS_HOURS.size();

    /** The bucket of a time to reply; negative times (clocks that disagree) count as immediate. */
    static int bucketOf(Duration time) {
        long seconds = Math.max(0, time.toSeconds());
        int bucket = 0;
        for (int i = 1; i < BUCKETS; i++) {
            if (seconds >= BOUNDS_HOURS.get(i) * 3600L) {
                bucket = i;
            }
        }
        return bucket;
    }

    static ReplyTime ofBucket(int bucket) {
        Duration from = Duration.ofHours(BOUNDS_HOURS.get(bucket));
        Duration to = bucket + 1 < BUCKETS ? Duration.ofHours(BOUNDS_HOURS.get(bucket + 1)) : null;
        return new ReplyTime(from, to);
    }

    /** The bucket holding the median of a histogram, or null without replies. */
    static @Nullable ReplyTime median(int[] histogram) {
        int total = 0;
        for (int count : histogram) {
            total += count;
        }
        if (total == 0) {
            return null;
        }
        int rank = (total + 1) / 2;
        int seen = 0;
        for (int bucket = 0; bucket < histogram.length; bucket++) {
            seen += histogram[bucket];
            if (seen >= rank) {
                return ofBucket(bucket);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    public boolean contains(Duration time) {
        return time.compareTo(from) >= 0 && (to == null || time.compareTo(to) < 0);
    }

    /** "4–8 h", "2–3 days", "over 30 days". */
    public String label() {
        if (to == null) {
            return "over " + days(from) + " days";
        }
        if (to.toHours() <= 24) {
            return from.toHours() + "–" + to.toHours() + " h";
        }
        if (from.toHours() < 24) {
            return from.toHours() + " h–" + days(to) + " day";
        }
        return days(from) + "–" + days(to) + " days";
    }

    private static long days(Duration duration) {
        return duration.toHours() / 24;
    }
}
