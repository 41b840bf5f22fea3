package org.coopstats.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A choice among values with relative weights, drawn from a seeded Random. */
final class Weighted<T> {

    private final List<T> values = new ArrayList<>();
    private double[] cumulative = new double[0];

    static <T> Weighted<T> of(Object... valueWeightPairs) {
        Weighted<T> weighted = new Weighted<>();
        for (int i = 0; i < valueWeightPairs.length; i += 2) {
            @SuppressWarnings("unchecked")
            T value = (T) valueWeightPairs[i];
            weighted.add(value, ((Number) valueWeightPairs[i + 1]).doubleValue());
        }
        return weighted;
    }

    Weighted<T> add(T value, double weight) {
        if (weight <= 0) {
            return this;
        }
        double total = cumulative.length == 0 ? 0 : cumulative[cumulative.length - 1];
        double[] next = new double[cumulative.length + 1];
        System.arraycopy(cumulative, 0, next, 0, cumulative.length);
        next[cumulative.length] = total + weight;
        cumulative = next;
        values.add(value);
        return this;
    }

    T pick(Random random) {
        double point = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > point) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return values.get(low);
    }
}
