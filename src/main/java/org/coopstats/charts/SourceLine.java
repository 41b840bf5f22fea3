package org.coopstats.charts;

import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The line under a chart saying what it counts: "Returns accepted for cycle 2024; 61 States
 * reporting", in any of the six languages. The States are those whose returns count in those
 * cycles, whatever the report's own filters keep, so that readers see the coverage of the data
 * rather than of one slice.
 */
@Singleton
public class SourceLine {

    private final AnalyticsQueries queries;

    SourceLine(AnalyticsQueries queries) {
        this.queries = queries;
    }

    public String of(AnalyticsQuery query) {
        return of(query, Locale.ENGLISH);
    }

    public String of(AnalyticsQuery query, Locale locale) {
        ChartWords words = ChartWords.of(locale);
        Set<String> cycles = query.filters().get(Dimension.CYCLE);
        AnalyticsTable states = queries.run(new AnalyticsQuery(Measure.STATES, Dimension.CYCLE, null,
                cycles == null ? Map.of() : Map.of(Dimension.CYCLE, cycles), query.statuses()));
        String waiting = query.statuses().contains("SUBMITTED") ? "OrWaiting" : "";
        List<String> covered = states.rows().stream().map(AnalyticsTable.Heading::label).toList();
        if (covered.isEmpty()) {
            return cycles == null ? words.get("charts.source.noneYet" + waiting)
                    : words.get("charts.source.noneFor" + waiting, cycleWords(words, List.copyOf(cycles)));
        }
        int count = states.total() == null ? 0 : states.total().intValue();
        return words.get("charts.source.accepted" + waiting, cycleWords(words, covered), words.get("charts.source.states", count));
    }

    private static String cycleWords(ChartWords words, List<String> cycles) {
        if (cycles.size() == 1) {
            return words.get("charts.source.cycle", cycles.get(0));
        }
        String list = cycles.get(0);
        for (String cycle : cycles.subList(1, cycles.size() - 1)) {
            list = words.get("charts.source.list", list, cycle);
        }
        return words.get("charts.source.cycles", list, cycles.get(cycles.size() - 1));
    }
}
