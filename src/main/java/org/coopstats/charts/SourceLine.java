package org.coopstats.charts;

import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The line under a chart saying what it counts: "Returns accepted for cycle 2024; 61 States
 * reporting". The States are those whose returns count in those cycles, whatever the report's
 * own filters keep, so that readers see the coverage of the data rather than of one slice.
 */
@Singleton
public class SourceLine {

    private final AnalyticsQueries queries;

    SourceLine(AnalyticsQueries queries) {
        this.queries = queries;
    }

    public String of(AnalyticsQuery query) {
        Set<String> cycles = query.filters().get(Dimension.CYCLE);
        AnalyticsTable states = queries.run(new AnalyticsQuery(Measure.STATES, Dimension.CYCLE, null,
                cycles == null ? Map.of() : Map.of(Dimension.CYCLE, cycles), query.statuses()));
        String returns = query.statuses().contains("SUBMITTED") ? "Returns accepted or waiting for review" : "Returns accepted";
        List<String> covered = states.rows().stream().map(AnalyticsTable.Heading::label).toList();
        if (covered.isEmpty()) {
            return "No " + returns.toLowerCase(java.util.Locale.ROOT)
                    + (cycles == null ? " yet" : " for " + cycleWords(List.copyOf(cycles)));
        }
        int count = states.total() == null ? 0 : states.total().intValue();
        return returns + " for " + cycleWords(covered) + "; " + count + (count == 1 ? " State" : " States") + " reporting";
    }

    private static String cycleWords(List<String> cycles) {
        if (cycles.size() == 1) {
            return "cycle " + cycles.get(0);
        }
        return "cycles " + String.join(", ", cycles.subList(0, cycles.size() - 1)) + " and " + cycles.get(cycles.size() - 1);
    }
}
