package app.debrief.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ReplyTimeTest {

    @Test
    void times_fall_in_the_bucket_that_starts_at_or_before_them() {
        assertThat(ReplyTime.bucketOf(Duration.ofMinutes(59))).isZero();
        assertThat(ReplyTime.bucketOf(Duration.ofHours(1))).isEqualTo(1);
        assertThat(ReplyTime.bucketOf(Duration.ofHours(23).plusMinutes(59))).isEqualTo(5);
        assertThat(ReplyTime.bucketOf(Duration.ofDays(2))).isEqualTo(7);
        assertThat(ReplyTime.bucketOf(Duration.ofDays(45))).isEqualTo(15);
        assertThat(ReplyTime.bucketOf(Duration.ofHours(-3))).isZero();
    }

    @Test
    void the_median_is_the_bucket_of_the_lower_middle_reply() {
        int[] histogram = new int[ReplyTime.BUCKETS];
        histogram[1] = 2;
        histogram[6] = 1;
        histogram[8] = 1;
        // four replies: the second smallest is in bucket 1 (1–2 h)
        assertThat(ReplyTime.median(histogram)).isEqualTo(ReplyTime.ofBucket(1));
        histogram[8] = 2;
        // five replies: the third is in bucket 6 (1–2 days)
        assertThat(ReplyTime.median(histogram).label()).isEqualTo("1–2 days");
        assertThat(ReplyTime.median(new int[ReplyTime.BUCKETS])).isNull();
    }

    @Test
    void labels_read_in_hours_then_days() {
        assertThat(ReplyTime.ofBucket(0).label()).isEqualTo("0–1 h");
        assertThat(ReplyTime.ofBucket(5).label()).isEqualTo("12–24 h");
        assertThat(ReplyTime.ofBucket(7).label()).isEqualTo("2–3 days");
        assertThat(ReplyTime.ofBucket(15).label()).isEqualTo("over 30 days");
        assertThat(ReplyTime.ofBucket(7).contains(Duration.ofHours(60))).isTrue();
        assertThat(ReplyTime.ofBucket(7).contains(Duration.ofHours(72))).isFalse();
    }
}
