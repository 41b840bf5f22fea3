package org.coopstats.published;

import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartRenderer;
import org.coopstats.charts.ChartType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of a public table in the page's language (its own words too, and right to left in
 * Arabic), its hidden figures left out (not drawn, never drawn as zero) with a note saying so, so
 * the chart shows no more than the table does.
 */
@Singleton
class PublicCharts {

    static final int WIDTH = ChartRenderer.WIDTH;

    private final ChartRenderer renderer;

    PublicCharts(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] png(FigureTable figures, String title, String source, Wording words) {
        return renderer.png(chart(figures, title, source, words), WIDTH, height(figures));
    }

    String svg(FigureTable figures, String title, String source, Wording words) {
        return renderer.svg(chart(figures, title, source, words), WIDTH, height(figures));
    }

    static int height(FigureTable figures) {
        return figures.rowCount() <= 3 && figures.chart() != ChartType.LINE ? 450 : ChartRenderer.HEIGHT;
    }

    /** The short text alternative of the chart; the table beside it holds the figures. */
    static String alt(FigureTable figures, String title, Wording words) {
        return words.text().get("published.chart.alt", words.text().get("published.chart." + figures.chart().code()), title);
    }

    private static Chart chart(FigureTable figures, String title, String source, Wording words) {
        AnalyticsTable table = figures.table();
        List<Heading> rows = new ArrayList<>();
        table.rows().forEach(row -> rows.add(new Heading(row.code(), words.heading(figures.rows(), row))));
        List<Heading> cols = new ArrayList<>();
        if (figures.twoWay()) {
            table.cols().forEach(col -> cols.add(new Heading(col.code(), words.column(figures, col))));
        }
        List<List<BigDecimal>> cells = new ArrayList<>();
        for (int r = 0; r < figures.rowCount(); r++) {
            List<BigDecimal> line = new ArrayList<>();
            for (int c = 0; c < figures.colCount(); c++) {
                line.add(figures.cellHidden(r, c) ? null : figures.cell(r, c));
            }
            cells.add(line);
        }
        List<BigDecimal> rowTotals = new ArrayList<>();
        for (int r = 0; r < table.rowTotals().size(); r++) {
            rowTotals.add(figures.rowTotalHidden(r) ? null : table.rowTotals().get(r));
        }
        List<BigDecimal> colTotals = new ArrayList<>();
        for (int c = 0; c < table.colTotals().size(); c++) {
            colTotals.add(figures.colTotalHidden(c) ? null : table.colTotals().get(c));
        }
        AnalyticsTable drawn = new AnalyticsTable(table.measure(), table.rowDimension(), table.colDimension(), rows, cols,
                cells, rowTotals, colTotals, figures.totalHidden() ? null : table.total());
        String measure = words.measure(figures.measure());
        // shares of the shown figures alone would add up to 100 % and disagree with the table's true
        // totals, so a table with hidden figures is drawn in counts
        ChartType type = figures.chart() == ChartType.STACKED_PERCENT && figures.hidden().any()
                ? ChartType.STACKED : figures.chart();
        String valueAxis = type != ChartType.STACKED_PERCENT ? measure
                : words.text().get(figures.measure() == Measure.CASES ? "published.chart.percentOfCases" : "published.chart.percent");
        return new Chart(type, title, words.dimension(figures.rows()), valueAxis, source, drawn,
                figures.highlight(), words.text().locale(), figures.hidden().any());
    }
}
