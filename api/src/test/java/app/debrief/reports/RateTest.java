package app.debrief.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Wilson and Newcombe intervals against the worked examples of Newcombe (1998). */
class RateTest {

    private static final org.assertj.core.data.Offset<Double> FOUR_PLACES = within(0.00005);

    @Test
    void wilson_intervals_match_newcombes_single_proportion_examples() {
        // Newcombe, "Two-sided confidence intervals for the single proportion", Stat Med 1998, table I, method 3
        assertInterval(new Rate(81, 263), 0.2553, 0.3662);
        assertInterval(new Rate(15, 148), 0.0624, 0.1605);
        assertInterval(new Rate(0, 20), 0.0000, 0.1611);
        assertInterval(new Rate(1, 29), 0.0061, 0.1718);
    }

    @Test
    void a_rate_of_everything_stays_inside_zero_and_one() {
        var all = new Rate(20, 20).interval();
        assertThat(all.high()).isEqualTo(1.0);
        assertThat(all.low()).isCloseTo(0.8389, FOUR_PLACES);
    }

    @Test
    void an_empty_rate_has_no_value_and_the_widest_interval() {
        var none = new Rate(0, 0);
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.interval()).isEqualTo(new Interval(0, 1));
        assertThat(none.isSmall()).isTrue();
        assertThat(new Rate(3, 10).isSmall()).isFalse();
    }

    @Test
    void newcombes_hybrid_interval_for_a_difference_matches_his_examples() {
        // Newcombe, "Interval estimation for the difference between independent proportions", Stat Med 1998, method 10
        var a = new Rate(56, 70).minus(new Rate(48, 80));
        assertThat(a.value()).isCloseTo(0.2, FOUR_PLACES);
        assertThat(a.interval().low()).isCloseTo(0.0524, FOUR_PLACES);
        assertThat(a.interval().high()).isCloseTo(0.3339, FOUR_PLACES);
        assertThat(a.significant()).isTrue();

        var b = new Rate(9, 10).minus(new Rate(3, 10));
        assertThat(b.interval().low()).isCloseTo(0.1705, FOUR_PLACES);
        assertThat(b.interval().high()).isCloseTo(0.8090, FOUR_PLACES);
    }

    @Test
    void a_difference_whose_interval_holds_zero_is_not_significant() {
        var close = new Rate(30, 60).minus(new Rate(25, 60));
        assertThat(close.interval().contains(0)).isTrue();
        assertThat(close.significant()).isFalse();
        assertThat(new Rate(0, 0).minus(new Rate(5, 10)).significant()).isFalse();
    }

    @Test
    void impossible_rates_are_refused() {
        assertThatThrownBy(() -> new Rate(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rate(-1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertInterval(Rate rate, double low, double high) {
        assertThat(rate.interval().low()).as("low of %s", rate).isCloseTo(low, FOUR_PLACES);
        assertThat(rate.interval().high()).as("high of %s", rate).isCloseTo(high, FOUR_PLACES);
    }
}
