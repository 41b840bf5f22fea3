package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.ChartType;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * One public table before it is put into words: the engine's figures over an edition's pinned
 * returns, with no State heading but those that may be named (the others merged into OTHER),
 * and the figures that disclosure control hides. The same object gives the page, the CSV and
 * the chart, so all three hide the same cells.
 */
record FigureTable(String id, Measure measure, Dimension rows, @Nullable Dimension cols, ChartType chart,
                   AnalyticsTable table, Suppression.Hidden hidden, Set<String> highlight, Map<String, String> colKeys) {

    FigureTable(String id, Measure measure, Dimension rows, @Nullable Dimension cols, ChartType chart,
                AnalyticsTable table, Suppression.Hidden hidden, Set<String> highlight) {
        this(id, measure, rows, cols, chart, table, hidden, highlight, Map.of());
    }

    /** The same table whose columns are named by these bundle keys (code to key) instead of their taxonomy labels. */
    FigureTable withColumnKeys(Map<String, String> keys) {
        return new FigureTable(id, measure, rows, cols, chart, table, hidden, highlight, Map.copyOf(keys));
    }

    /** The heading code that stands for every State that may not be named. */
    static final String OTHER = "OTHER";

    boolean twoWay() {
        return cols != null;
    }

    int rowCount() {
        return table.rows().size();
    }

    int colCount() {
        return twoWay() ? table.cols().size() : 1;
    }

    @Nullable
    BigDecimal cell(int row, int col) {
        return table.cells().get(row).get(col);
    }

    /** A cell is hidden when its own place is, in a one-way table also when its row's total (the same figure) is. */
    boolean cellHidden(int row, int col) {
        return hidden.hides(row, col) || !twoWay() && hidden.hides(row, Suppression.Hidden.TOTAL);
    }

    boolean rowTotalHidden(int row) {
        return hidden.hides(row, Suppression.Hidden.TOTAL);
    }

    boolean colTotalHidden(int col) {
        return hidden.hides(Suppression.Hidden.TOTAL, col);
    }

    /** In a one-way table the grand total is also its one column's total. */
    boolean totalHidden() {
        return hidden.hides(Suppression.Hidden.TOTAL, Suppression.Hidden.TOTAL)
                || !twoWay() && hidden.hides(Suppression.Hidden.TOTAL, 0);
    }
}
