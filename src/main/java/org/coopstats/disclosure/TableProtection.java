package org.coopstats.disclosure;

import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.AnalyticsTable.Heading;
import org.coopstats.analytics.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Small-cell suppression for analytics tables (ADR 9). A count (cases, lines, refusals on
 * forbidden grounds) is protected on its own figures. Any other figure (a share, a rate, a
 * number of States, days) rests on cases that it does not show, so it is hidden wherever the
 * count of the same breakdown is hidden, primary or secondary: the count's table is what a
 * reader could combine it with, and one pattern for both keeps page, CSV and chart alike.
 */
public final class TableProtection {

    /** Where a heading of the figures has no counterpart among the counts' headings. */
    private static final int MISSING = Place.TOTAL - 1;

    private TableProtection() {
    }

    /** A table of counts, protected on its own figures. */
    public static SuppressedTable protect(AnalyticsTable counts, Predicate<Figure> eligible, int threshold) {
        return new SuppressedTable(counts, suppress(counts, eligible, threshold));
    }

    /**
     * Any table, hidden where the counts behind its figures are: counts is the same breakdown
     * (same dimensions and filters) measured in cases (or lines for the days measures), and
     * figures are matched to it by heading code. A figure with no count behind it is hidden.
     */
    public static SuppressedTable protect(AnalyticsTable figures, AnalyticsTable counts, Predicate<Figure> eligible,
                                          int threshold) {
        if (!Objects.equals(figures.rowDimension(), counts.rowDimension())
                || !Objects.equals(figures.colDimension(), counts.colDimension())) {
            throw new IllegalArgumentException("the counts are another breakdown than the figures");
        }
        Suppression behind = suppress(counts, eligible, threshold);
        int[] rows = positions(figures.rows(), counts.rows());
        int[] cols = positions(figures.cols(), counts.cols());
        TreeSet<Place> primary = new TreeSet<>();
        TreeSet<Place> suppressed = new TreeSet<>();
        for (Place place : places(figures)) {
            int row = place.row() == Place.TOTAL ? Place.TOTAL : rows[place.row()];
            int col = place.col() == Place.TOTAL ? Place.TOTAL : cols[place.col()];
            if (row == MISSING || col == MISSING) {
                suppressed.add(place);
                continue;
            }
            Place count = new Place(row, col);
            if (behind.isSuppressed(count)) {
                suppressed.add(place);
            }
            if (behind.primary().contains(count)) {
                primary.add(place);
            }
        }
        return new SuppressedTable(figures, new Suppression(figures.cells().size(), width(figures), threshold,
                primary, suppressed, behind.withheld()));
    }

    private static Suppression suppress(AnalyticsTable counts, Predicate<Figure> eligible, int threshold) {
        if (Measure.of(counts.measure()).filter(Measure::additive).isEmpty()) {
            throw new IllegalArgumentException(counts.measure() + " is not a count: pass the counts behind it");
        }
        long[][] cells = cells(counts);
        return CellSuppression.protect(cells, place -> eligible.test(figure(counts, place)), knownZeros(counts, cells), threshold);
    }

    /**
     * The cells of a State with itself in a table of reporting by counterpart States: a line
     * never names its own State as counterpart (LineRules), so anyone knows they are zero.
     */
    private static Predicate<Place> knownZeros(AnalyticsTable table, long[][] cells) {
        String rows = table.rowDimension();
        String cols = table.colDimension();
        if (rows == null || cols == null || rows.equals(cols) || !Eligible.isState(rows) || !Eligible.isState(cols)) {
            return place -> false;
        }
        return place -> {
            if (!place.isCell()) {
                return false;
            }
            String state = table.rows().get(place.row()).code();
            return state != null && state.equals(table.cols().get(place.col()).code())
                    && cells[place.row()][place.col()] == 0;
        };
    }

    /** The table's cells as whole counts, checked against the totals that will be published with them. */
    private static long[][] cells(AnalyticsTable table) {
        int rows = table.cells().size();
        int cols = width(table);
        long[][] cells = new long[rows][cols];
        long total = 0;
        for (int r = 0; r < rows; r++) {
            long rowTotal = 0;
            for (int c = 0; c < cols; c++) {
                BigDecimal value = table.cells().get(r).get(c);
                cells[r][c] = value == null ? 0 : value.longValueExact();
                rowTotal += cells[r][c];
            }
            total += rowTotal;
            if (!table.rowTotals().isEmpty() && table.rowTotals().get(r).longValueExact() != rowTotal) {
                throw new IllegalArgumentException("row " + r + " does not add up to its total");
            }
        }
        if (table.total() != null && table.total().longValueExact() != total) {
            throw new IllegalArgumentException("the cells do not add up to the grand total");
        }
        return cells;
    }

    /** A table without columns still has one cell per row (or its one cell, without rows). */
    private static int width(AnalyticsTable table) {
        return table.cells().isEmpty() ? table.cols().size() : table.cells().get(0).size();
    }

    /** What an eligibility rule sees of a place: in a one-dimensional table a cell is its row's total. */
    private static Figure figure(AnalyticsTable table, Place place) {
        Heading row = place.row() == Place.TOTAL || table.rows().isEmpty() ? null : table.rows().get(place.row());
        Heading col = place.col() == Place.TOTAL || table.cols().isEmpty() ? null : table.cols().get(place.col());
        return new Figure(row, col);
    }

    private static List<Place> places(AnalyticsTable table) {
        List<Place> places = new ArrayList<>();
        int rows = table.cells().size();
        int cols = width(table);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                places.add(Place.cell(r, c));
            }
            places.add(Place.rowTotal(r));
        }
        for (int c = 0; c < cols; c++) {
            places.add(Place.colTotal(c));
        }
        places.add(Place.grandTotal());
        return places;
    }

    /**
     * Where each heading of the figures sits among the counts' headings, by code; MISSING where
     * the counts have no such heading. A table without headings on a side has one position there.
     */
    private static int[] positions(List<Heading> figures, List<Heading> counts) {
        if (figures.isEmpty()) {
            return new int[] {0};
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            index.put(counts.get(i).code(), i);
        }
        int[] positions = new int[figures.size()];
        for (int i = 0; i < figures.size(); i++) {
            positions[i] = index.getOrDefault(figures.get(i).code(), MISSING);
        }
        return positions;
    }
}
