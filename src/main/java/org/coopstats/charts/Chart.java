package org.coopstats.charts;

import org.coopstats.analytics.AnalyticsTable;

import java.util.Locale;
import java.util.Set;

/**
 * What to draw: a table's cells as bars or lines (one category per row heading, one series per
 * column heading), with the words a printed chart needs around it. Highlighted row codes (such
 * as refusal grounds the Convention does not permit) are marked in their label, not by colour alone.
 * The locale gives the chart's own words (notes, markers, "Source:"), its numbers and, in Arabic,
 * its right-to-left layout; the title, axis labels and source line come already in that language.
 * When some cells are hidden to protect confidentiality, the chart says so under it.
 */
public record Chart(ChartType type, String title, String categoryAxisLabel, String valueAxisLabel,
                    String sourceLine, AnalyticsTable table, Set<String> highlight, Locale locale,
                    boolean someValuesHidden) {

    public Chart {
        highlight = highlight == null ? Set.of() : highlight;
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    public Chart(ChartType type, String title, String categoryAxisLabel, String valueAxisLabel,
                 String sourceLine, AnalyticsTable table, Set<String> highlight) {
        this(type, title, categoryAxisLabel, valueAxisLabel, sourceLine, table, highlight, Locale.ENGLISH, false);
    }

    public Chart(ChartType type, String title, String categoryAxisLabel, String valueAxisLabel,
                 String sourceLine, AnalyticsTable table) {
        this(type, title, categoryAxisLabel, valueAxisLabel, sourceLine, table, Set.of());
    }

    /** The same chart with its own words in another language (the texts given stay as they are). */
    public Chart in(Locale other) {
        return new Chart(type, title, categoryAxisLabel, valueAxisLabel, sourceLine, table, highlight, other,
                someValuesHidden);
    }

    ChartWords words() {
        return ChartWords.of(locale);
    }
}
