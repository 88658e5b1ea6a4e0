package app.debrief.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** The benchmarks' timing: a query's median of 20 runs after 3 warm-ups, printed on one line. */
public final class Medians {

    public static final int RUNS = 20;
    private static final int WARM_UP = 3;

    private Medians() {
    }

    /** Times the query and prints its median, min and max; returns the median in milliseconds. */
    public static double time(String name, Supplier<?> query) {
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = (millis[RUNS / 2 - 1] + millis[RUNS / 2]) / 2;
        System.out.printf("%-70s median %7.2f ms   min %7.2f   max %7.2f%n", name, median, millis[0], millis[RUNS - 1]);
        return median;
    }
}
