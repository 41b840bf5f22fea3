package org.coopstats.charts;

import org.coopstats.analytics.AnalyticsTable;

import java.util.Set;

/**
 * What to draw: a table's cells as bars or lines (one category per row heading, one series per
 * column heading), with the words a printed chart needs around it. Highlighted row codes (such
 * as refusal grounds the Convention does not permit) are marked in their label, not by colour alone.
 */
public record Chart(ChartType type, String title, String categoryAxisLabel, String valueAxisLabel,
                    String sourceLine, AnalyticsTable table, Set<String> highlight) {

    public Chart(ChartType type, String title, String categoryAxisLabel, String valueAxisLabel,
                 String sourceLine, AnalyticsTable table) {
        this(type, title, categoryAxisLabel, valueAxisLabel, sourceLine, table, Set.of());
    }
}
