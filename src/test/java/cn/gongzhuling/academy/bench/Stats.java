package cn.gongzhuling.academy.bench;

import java.util.Arrays;

/** Latencies of one measured series: median, p95, throughput, failures. */
record Stats(int requests, int failures, double medianMs, double p95Ms, double perSecond, String firstError) {

    static final Stats NONE = new Stats(0, 0, Double.NaN, Double.NaN, Double.NaN, null);

    static Stats of(long[] nanos, int failures, long wallNanos, String firstError) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted.length, failures, percentile(sorted, 50), percentile(sorted, 95),
                sorted.length == 0 ? 0 : sorted.length * 1e9 / wallNanos, firstError);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
