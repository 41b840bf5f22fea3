package org.coopstats.charts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The chart of a breakdown, with the words around it worked out from the query: a title, axis
 * labels, and a source line saying which returns the figures come from and how many States
 * reported ("Returns accepted for cycle 2024; 61 States reporting").
 */
@Singleton
public class AnalyticsCharts {

    private final AnalyticsQueries queries;

    AnalyticsCharts(AnalyticsQueries queries) {
        this.queries = queries;
    }

    public Chart of(AnalyticsQuery query, AnalyticsTable table, @Nullable ChartType type, @Nullable String title,
                    Set<String> highlight) {
        ChartType chosen = type != null ? type : defaultType(query);
        return new Chart(chosen, title == null || title.isBlank() ? title(query) : title,
                query.rows() == null ? "" : query.rows().label(),
                chosen == ChartType.STACKED_PERCENT ? "Share of " + query.measure().label().toLowerCase() : query.measure().label(),
                sourceLine(query, table), table, highlight);
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

    public String sourceLine(AnalyticsQuery query, AnalyticsTable table) {
        String returns = query.statuses().contains("SUBMITTED") ? "Returns accepted or awaiting review" : "Returns accepted";
        BigDecimal states = queries.run(new AnalyticsQuery(Measure.STATES, null, null, query.filters(), query.statuses())).total();
        long reporting = states == null ? 0 : states.longValue();
        return returns + " for " + cycles(query, table) + "; " + reporting + (reporting == 1 ? " State" : " States") + " reporting";
    }

    private static String cycles(AnalyticsQuery query, AnalyticsTable table) {
        Collection<String> codes = query.filters().getOrDefault(Dimension.CYCLE, Set.of());
        if (codes.isEmpty() && query.rows() == Dimension.CYCLE) {
            codes = table.rows().stream().map(AnalyticsTable.Heading::code).toList();
        } else if (codes.isEmpty() && query.cols() == Dimension.CYCLE) {
            codes = table.cols().stream().map(AnalyticsTable.Heading::code).toList();
        }
        if (codes.isEmpty()) {
            return "all cycles";
        }
        List<String> sorted = codes.stream().sorted().toList();
        return (sorted.size() == 1 ? "cycle " : "cycles ") + String.join(", ", sorted);
    }
}
