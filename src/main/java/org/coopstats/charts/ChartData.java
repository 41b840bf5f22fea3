package org.coopstats.charts;

import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.jfree.data.category.DefaultCategoryDataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A table's cells as a category dataset: rows become categories, columns series. A chart stays
 * readable only with so many bars and colours, so beyond that it shows the largest rows and
 * columns and says so; the table and the CSV always hold everything.
 */
final class ChartData {

    static final int MAX_CATEGORIES = 25;
    static final int MAX_SERIES = Palette.SERIES.length;

    final DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    final List<String> notes = new ArrayList<>();
    final Set<Integer> highlightedCategories = new HashSet<>();
    final boolean singleSeries;

    ChartData(Chart chart, String singleSeriesName) {
        AnalyticsTable table = chart.table();
        singleSeries = table.colDimension() == null;
        List<Integer> rows = chart.type() == ChartType.LINE
                ? IntStream.range(0, table.rows().size()).boxed().toList()
                : largest(table.rows().size(), MAX_CATEGORIES, i -> rowWeight(table, i));
        List<Integer> cols = singleSeries ? List.of(0)
                : largest(table.cols().size(), MAX_SERIES, j -> colWeight(table, j));
        ChartWords words = chart.words();
        if (rows.size() < table.rows().size()) {
            notes.add(words.get("charts.note.largestRows", rows.size(), table.rows().size()));
        }
        if (!singleSeries && cols.size() < table.cols().size()) {
            notes.add(words.get("charts.note.largestCols", cols.size(), table.cols().size()));
        }
        if (chart.someValuesHidden()) {
            notes.add(words.get("charts.note.hiddenValues"));
        }
        List<String> categories = uniqueLabels(table.rows(), rows, chart.highlight(), words);
        List<String> series = singleSeries ? List.of(singleSeriesName) : uniqueLabels(table.cols(), cols, Set.of(), words);
        for (int r = 0; r < rows.size(); r++) {
            if (chart.highlight().contains(table.rows().get(rows.get(r)).code())) {
                highlightedCategories.add(r);
            }
            for (int c = 0; c < cols.size(); c++) {
                BigDecimal cell = table.cells().get(rows.get(r)).get(cols.get(c));
                dataset.addValue(cell, series.get(c), categories.get(r));
            }
        }
        if (table.rowDimension() == null && table.total() != null) {
            dataset.addValue(table.total(), singleSeriesName, words.get("charts.axis.all"));
        }
    }

    private static double rowWeight(AnalyticsTable table, int row) {
        BigDecimal total = table.colDimension() == null ? table.cells().get(row).get(0) : table.rowTotals().get(row);
        return total != null ? total.doubleValue() : sum(table.cells().get(row));
    }

    private static double colWeight(AnalyticsTable table, int col) {
        BigDecimal total = table.colTotals().get(col);
        return total != null ? total.doubleValue() : sum(table.cells().stream().map(cells -> cells.get(col)).toList());
    }

    private static double sum(List<BigDecimal> cells) {
        return cells.stream().filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).sum();
    }

    /** The indexes of the heaviest entries, in the table's own order. */
    private static List<Integer> largest(int size, int limit, java.util.function.IntToDoubleFunction weight) {
        if (size <= limit) {
            return IntStream.range(0, size).boxed().toList();
        }
        return IntStream.range(0, size).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> weight.applyAsDouble(i)).reversed())
                .limit(limit)
                .sorted()
                .toList();
    }

    private static List<String> uniqueLabels(List<Heading> headings, List<Integer> chosen, Set<String> highlight,
                                             ChartWords words) {
        Set<String> seen = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (int index : chosen) {
            Heading heading = headings.get(index);
            String label = heading.label();
            if (heading.code() != null && highlight.contains(heading.code())) {
                label = words.get("charts.notPermitted", label);
            }
            if (!seen.add(label)) {
                label = label + " [" + heading.code() + "]";
                seen.add(label);
            }
            labels.add(label);
        }
        return labels;
    }
}
