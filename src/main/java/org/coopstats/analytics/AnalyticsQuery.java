package org.coopstats.analytics;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One breakdown: a measure by up to two dimensions, over the case lines that pass the filters
 * (each a set of codes), counting returns in the given statuses (ACCEPTED, and SUBMITTED when
 * asked for), only the latest such version of each. basis is the legal-basis category whose share
 * convention_share gives: the Convention's by default. returnIds, when given, are the returns
 * counted instead (a published edition's), whatever their status is now.
 */
public record AnalyticsQuery(Measure measure, @Nullable Dimension rows, @Nullable Dimension cols,
                             Map<Dimension, Set<String>> filters, Set<String> statuses, String basis,
                             @Nullable Set<Long> returnIds) {

    public AnalyticsQuery(Measure measure, @Nullable Dimension rows, @Nullable Dimension cols,
                          Map<Dimension, Set<String>> filters, Set<String> statuses, String basis) {
        this(measure, rows, cols, filters, statuses, basis, null);
    }

    /** The legal-basis category whose share convention_share gives unless another is asked for. */
    public static final String CONVENTION = "UNTOC";

    public AnalyticsQuery(Measure measure, @Nullable Dimension rows, @Nullable Dimension cols,
                          Map<Dimension, Set<String>> filters, Set<String> statuses) {
        this(measure, rows, cols, filters, statuses, CONVENTION);
    }

    /** The same breakdown over exactly these returns: an edition's figures. */
    public AnalyticsQuery over(Set<Long> returns) {
        return new AnalyticsQuery(measure, rows, cols, filters, statuses, basis, Set.copyOf(returns));
    }

    public List<Dimension> dimensions() {
        return rows == null ? List.of() : cols == null ? List.of(rows) : List.of(rows, cols);
    }
}
