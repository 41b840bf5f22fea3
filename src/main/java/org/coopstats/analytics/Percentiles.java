package org.coopstats.analytics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Continuous percentiles, as SQL's PERCENTILE_CONT: linear interpolation between the two nearest values. */
final class Percentiles {

    private Percentiles() {
    }

    static BigDecimal continuous(List<Integer> values, double percentile) {
        TreeMap<Integer, Long> counts = new TreeMap<>();
        values.forEach(value -> counts.merge(value, 1L, Long::sum));
        return continuous(counts, percentile);
    }

    /** The same over values given as value -> how many times it occurs, so a million lines need only a few hundred entries. */
    static BigDecimal continuous(NavigableMap<Integer, Long> counts, double percentile) {
        long size = counts.values().stream().mapToLong(Long::longValue).sum();
        if (size == 0) {
            return null;
        }
        double position = percentile * (size - 1);
        long below = (long) Math.floor(position);
        long above = (long) Math.ceil(position);
        int belowValue = valueAt(counts, below);
        int aboveValue = valueAt(counts, above);
        double value = belowValue + (position - below) * (aboveValue - belowValue);
        return BigDecimal.valueOf(value);
    }

    /** The value at a rank (from 0) of the sorted values. */
    private static int valueAt(NavigableMap<Integer, Long> counts, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (rank < seen) {
                return entry.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " beyond " + seen + " values");
    }
}
