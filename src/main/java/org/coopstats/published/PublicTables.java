package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.ChartType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.IntPredicate;

/**
 * What makes an engine table fit for a public page: States that did not consent lose their
 * name (merged into one OTHER heading), and disclosure control hides the small figures that
 * involve a named State, a pair of States, or a region with fewer than two reporting States.
 */
final class PublicTables {

    private PublicTables() {
    }

    static boolean namesStates(@Nullable Dimension dimension) {
        return dimension == Dimension.REPORTING_STATE || dimension == Dimension.COUNTERPART_STATE;
    }

    /**
     * The table with only the named States' headings, the others added up under OTHER; null when a
     * State must lose its name in a figure that does not add up (a share, a median), which then
     * cannot be published at all.
     */
    @Nullable
    static AnalyticsTable nameOnly(AnalyticsTable table, Measure measure, Dimension rows, @Nullable Dimension cols,
                                   Set<String> named) {
        boolean mergeRows = namesStates(rows) && table.rows().stream().anyMatch(h -> !named.contains(h.code()));
        boolean mergeCols = namesStates(cols) && table.cols().stream().anyMatch(h -> !named.contains(h.code()));
        if (!mergeRows && !mergeCols) {
            return table;
        }
        if (!measure.additive()) {
            return null;
        }
        Merge rowMerge = mergeRows ? Merge.of(table.rows(), named) : Merge.identity(table.rows());
        Merge colMerge = mergeCols ? Merge.of(table.cols(), named) : Merge.identity(table.cols());
        int width = cols == null ? 1 : colMerge.headings.size();
        BigDecimal[][] cells = zeros(rowMerge.headings.size(), width);
        for (int r = 0; r < table.rows().size(); r++) {
            for (int c = 0; c < table.cells().get(r).size(); c++) {
                int to = cols == null ? 0 : colMerge.target[c];
                cells[rowMerge.target[r]][to] = cells[rowMerge.target[r]][to].add(orZero(table.cells().get(r).get(c)));
            }
        }
        return new AnalyticsTable(table.measure(), table.rowDimension(), table.colDimension(), rowMerge.headings,
                cols == null ? List.of() : colMerge.headings, rows(cells),
                cols == null ? List.of() : rowMerge.sum(table.rowTotals()),
                cols == null ? List.of() : colMerge.sum(table.colTotals()), table.total());
    }

    /**
     * The figures disclosure control hides; known are those the page publishes in another table.
     * Counts go through the Suppression algorithm; a figure
     * that is not a count (a share, a median) cannot be made safe by hiding others, so every
     * eligible one is hidden.
     */
    static FigureTable protect(String id, Measure measure, Dimension rows, @Nullable Dimension cols, ChartType chart,
                               AnalyticsTable table, BiPredicate<Integer, Integer> eligible,
                               BiPredicate<Integer, Integer> known, Suppression suppression, int threshold,
                               Set<String> highlight) {
        int width = cols == null ? 1 : table.cols().size();
        Suppression.Hidden hidden;
        if (table.rows().isEmpty()) {
            hidden = Suppression.Hidden.NONE;
        } else if (measure.additive()) {
            long[][] counts = new long[table.rows().size()][width];
            for (int r = 0; r < counts.length; r++) {
                for (int c = 0; c < width; c++) {
                    counts[r][c] = orZero(table.cells().get(r).get(c)).longValueExact();
                }
            }
            hidden = suppression.protect(counts, eligible, known, threshold);
        } else {
            Set<Suppression.Place> places = new java.util.HashSet<>();
            for (int r = -1; r < table.rows().size(); r++) {
                for (int c = -1; c < width; c++) {
                    if (eligible.test(r, c)) {
                        places.add(new Suppression.Place(r, c));
                    }
                }
            }
            hidden = new Suppression.Hidden(places, false);
        }
        return new FigureTable(id, measure, rows, cols, chart, table, hidden, highlight);
    }

    /** Eligible: any figure in an eligible row or column (a margin counts as its row's or column's). */
    static BiPredicate<Integer, Integer> byHeadings(IntPredicate row, IntPredicate col) {
        return (r, c) -> r >= 0 && row.test(r) || c >= 0 && col.test(c);
    }

    /** Every figure involves the named State the page is about. */
    static BiPredicate<Integer, Integer> everything() {
        return (r, c) -> true;
    }

    /** No figure of the table is published anywhere else on its page. */
    static BiPredicate<Integer, Integer> nothing() {
        return (r, c) -> false;
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static BigDecimal[][] zeros(int rows, int cols) {
        BigDecimal[][] cells = new BigDecimal[rows][cols];
        for (BigDecimal[] row : cells) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return cells;
    }

    private static List<List<BigDecimal>> rows(BigDecimal[][] cells) {
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (BigDecimal[] row : cells) {
            rows.add(List.of(row));
        }
        return rows;
    }

    /** Where each heading goes: itself when named, the one OTHER heading (last) when not. */
    private record Merge(List<Heading> headings, int[] target) {

        static Merge identity(List<Heading> headings) {
            int[] target = new int[headings.size()];
            for (int i = 0; i < target.length; i++) {
                target[i] = i;
            }
            return new Merge(headings, target);
        }

        static Merge of(List<Heading> headings, Set<String> named) {
            List<Heading> kept = new ArrayList<>();
            int[] target = new int[headings.size()];
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < headings.size(); i++) {
                if (named.contains(headings.get(i).code())) {
                    target[i] = kept.size();
                    kept.add(headings.get(i));
                } else {
                    others.add(i);
                }
            }
            others.forEach(i -> target[i] = kept.size());
            kept.add(new Heading(FigureTable.OTHER, "Other States parties"));
            return new Merge(kept, target);
        }

        List<BigDecimal> sum(List<BigDecimal> totals) {
            BigDecimal[] sums = new BigDecimal[headings.size()];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            for (int i = 0; i < totals.size(); i++) {
                sums[target[i]] = sums[target[i]].add(orZero(totals.get(i)));
            }
            return List.of(sums);
        }
    }
}
