package app.debrief.reports;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * What happened to a set of requests: how many were logged and sent, their outcomes, and a histogram
 * of times to reply. Rates count resolved requests only (DESIGN.md, "Request lifecycle").
 */
public record Counts(int requests, int sent, int feedback, int declined, int noReply, int withdrawn,
        int[] replyHistogram) {

    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, new int[ReplyTime.BUCKETS]);

    public int replied() {
        return feedback + declined;
    }

    public int resolved() {
        return feedback + declined + noReply;
    }

    /** Logged, drafted or sent, and neither resolved nor withdrawn: shown beside the rates. */
    public int open() {
        return requests - resolved() - withdrawn;
    }

    /** Replied ÷ resolved. */
    public Rate responseRate() {
        return new Rate(replied(), resolved());
    }

    /** Feedback ÷ resolved. */
    public Rate feedbackRate() {
        return new Rate(feedback, resolved());
    }

    public @Nullable ReplyTime medianReplyTime() {
        return ReplyTime.median(replyHistogram);
    }

    public Counts plus(Counts other) {
        int[] histogram = replyHistogram.clone();
        for (int i = 0; i < histogram.length; i++) {
            histogram[i] += other.replyHistogram[i];
        }
        return new Counts(requests + other.requests, sent + other.sent, feedback + other.feedback,
                declined + other.declined, noReply + other.noReply, withdrawn + other.withdrawn, histogram);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Counts that && requests == that.requests && sent == that.sent
                && feedback == that.feedback && declined == that.declined && noReply == that.noReply
                && withdrawn == that.withdrawn && Arrays.equals(replyHistogram, that.replyHistogram);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(requests, sent, feedback, declined, noReply, withdrawn)
                + Arrays.hashCode(replyHistogram);
    }

    @Override
    public String toString() {
        return "Counts[requests=" + requests + ", sent=" + sent + ", feedback=" + feedback + ", declined=" + declined
                + ", noReply=" + noReply + ", withdrawn=" + withdrawn + ", replies="
                + Arrays.toString(replyHistogram) + "]";
    }
}
