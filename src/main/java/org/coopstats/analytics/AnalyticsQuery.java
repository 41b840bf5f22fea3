package org.coopstats.analytics;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One breakdown: a measure by up to two dimensions, over the case lines that pass the filters
 * (each a set of codes), counting returns in the given statuses (ACCEPTED, and SUBMITTED when
 * asked for), only the latest such version of each.
 */
public record AnalyticsQuery(Measure measure, @Nullable Dimension rows, @Nullable Dimension cols,
                             Map<Dimension, Set<String>> filters, Set<String> statuses) {

    public List<Dimension> dimensions() {
        return rows == null ? List.of() : cols == null ? List.of(rows) : List.of(rows, cols);
    }
}
