package org.coopstats.charts;

import org.coopstats.analytics.AnalyticsTable;

/**
 * What to draw: a table's cells as bars or lines (one category per row heading, one series per
 * column heading), with the words a printed chart needs around it.
 */
public record Chart(ChartType type, String title, String categoryAxisLabel, String valueAxisLabel,
                    String sourceLine, AnalyticsTable table) {
}
