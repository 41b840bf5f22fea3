package org.coopstats.analytics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Continuous percentiles, as SQL's PERCENTILE_CONT: linear interpolation between the two nearest values. */
final class Percentiles {

    private Percentiles() {
    }

    static BigDecimal continuous(List<Integer> values, double percentile) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double position = percentile * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        double value = sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
        return BigDecimal.valueOf(value);
    }
}
