package app.debrief.reports;

/**
 * A proportion with its size: {@code successes} out of {@code n}, and its Wilson 95% score interval,
 * which stays inside 0..1 and behaves at small n and near 0 or 1 where the plain normal interval does not.
 */
public record Rate(int successes, int n) {

    /** The normal quantile for a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    /** Below this n a rate is shown greyed: too few resolved requests to read much into it. */
    public static final int SMALL_N = 10;

    public Rate {
        if (n < 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("A rate needs 0 <= successes <= n, got " + successes + "/" + n);
        }
    }

    public boolean isEmpty() {
        return n == 0;
    }

    public boolean isSmall() {
        return n < SMALL_N;
    }

    /** The proportion, 0 when n is 0 (shown as "no data", never as 0%). */
    public double value() {
        return n == 0 ? 0 : (double) successes / n;
    }

    /** Wilson's score interval (Wilson 1927; Newcombe 1998, method 3); 0..1 when n is 0. */
    public Interval interval() {
        if (n == 0) {
            return new Interval(0, 1);
        }
        double p = value();
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * This rate minus the other, with Newcombe's hybrid score interval (Newcombe 1998, method 10),
     * built from the two Wilson intervals.
     */
    public Difference minus(Rate other) {
        double p1 = value();
        double p2 = other.value();
        Interval first = interval();
        Interval second = other.interval();
        double difference = p1 - p2;
        double low = difference - Math.sqrt(square(p1 - first.low()) + square(second.high() - p2));
        double high = difference + Math.sqrt(square(first.high() - p1) + square(p2 - second.low()));
        return new Difference(difference, new Interval(low, high), !isEmpty() && !other.isEmpty());
    }

    private static double square(double value) {
        return value * value;
    }

    /** A difference of two proportions; significant at 5% when its interval leaves out 0. */
    public record Difference(double value, Interval interval, boolean defined) {

        public boolean significant() {
            return defined && (interval.low() > 0 || interval.high() < 0);
        }
    }
}
