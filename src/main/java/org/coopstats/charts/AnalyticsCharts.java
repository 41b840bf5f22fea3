package org.coopstats.charts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;

import java.util.Set;

/**
 * The chart of a breakdown, with the words around it worked out from the query: a title, axis
 * labels, and the source line.
 */
@Singleton
public class AnalyticsCharts {

    private final SourceLine sourceLine;

    AnalyticsCharts(SourceLine sourceLine) {
        this.sourceLine = sourceLine;
    }

    public Chart of(AnalyticsQuery query, AnalyticsTable table, @Nullable ChartType type, @Nullable String title,
                    Set<String> highlight) {
        ChartType chosen = type != null ? type : defaultType(query);
        boolean stacked = chosen == ChartType.STACKED || chosen == ChartType.STACKED_PERCENT;
        if (stacked && (query.cols() == null || !query.measure().additive())) {
            throw new AnalyticsRequest.Invalid("A stacked chart needs cols and a measure that adds up (cases, lines, "
                    + "forbidden_refusals); use chart=bar or line for " + query.measure().code() + ".");
        }
        return new Chart(chosen, title == null || title.isBlank() ? title(query) : title,
                query.rows() == null ? "" : query.rows().label(),
                chosen == ChartType.STACKED_PERCENT ? "Per cent of " + query.measure().label().toLowerCase() : query.measure().label(),
                sourceLine.of(query), table, highlight);
    }

    /** A line over cycles, stacked bars for counts split two ways, plain bars otherwise. */
    public static ChartType defaultType(AnalyticsQuery query) {
        if (query.rows() == Dimension.CYCLE) {
            return ChartType.LINE;
        }
        boolean counts = query.measure() == Measure.CASES || query.measure() == Measure.LINES;
        return query.cols() != null && counts ? ChartType.STACKED : ChartType.BAR;
    }

    public static String title(AnalyticsQuery query) {
        String title = query.measure().label();
        if (query.rows() != null) {
            title += " by " + query.rows().label().toLowerCase();
        }
        if (query.cols() != null) {
            title += " and " + query.cols().label().toLowerCase();
        }
        return title;
    }
}
