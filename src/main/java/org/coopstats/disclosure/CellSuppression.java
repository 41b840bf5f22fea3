package org.coopstats.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Small-cell suppression of a table of case counts (ADR 9). Primary: every eligible figure, a
 * cell or a row or column total, holding more than zero and fewer than threshold cases. A zero
 * is never primary: it says that nothing happened, not who was involved in a case. Secondary:
 * further cells, or totals where cells cannot do it, hidden so that no hidden figure can be
 * worked out from what is published (the other cells, the published totals, the grand total
 * and that no count is negative). The grand total is always published.
 *
 * <p>Each unprotected primary figure gets the cheapest cycle of hidden figures through it
 * (Grid says why a cycle is what protects, Grid.cost what "cheap" means), then every secondary
 * figure that the others make unnecessary is published again, the dearest first. The same table
 * and threshold always give the same result.
 */
public final class CellSuppression {

    /** Beyond this many hidden figures, the clean-up pass (quadratic in them) is skipped. */
    private static final int CLEAN_UP_LIMIT = 1_500;

    private CellSuppression() {
    }

    /**
     * @param cells     the counts, rows by cols (a one-dimensional table is rows by 1); the totals
     *                  published with them are their true sums
     * @param eligible  the figures that involve a named State or a pair of States: a cell, a row
     *                  total (col TOTAL), a column total (row TOTAL) or the grand total
     * @param threshold the smallest count published for an eligible figure (at least 1)
     */
    public static Suppression protect(long[][] cells, Predicate<Place> eligible, int threshold) {
        return protect(cells, eligible, place -> false, threshold);
    }

    /**
     * @param known figures the public knows whatever this table hides: a cell known to be zero (a
     *              State's cooperation with itself), or a figure another table beside this one
     *              publishes. Never chosen as partners, since an attacker would fill them in; a
     *              small figure is hidden all the same, and then the other table must hide it too.
     */
    public static Suppression protect(long[][] cells, Predicate<Place> eligible, Predicate<Place> known,
                                      int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold is at least 1: " + threshold);
        }
        Grid grid = new Grid(cells);
        boolean[] hidden = new boolean[grid.entries()];
        TreeSet<Place> primary = new TreeSet<>();
        for (int entry = 0; entry < grid.entries(); entry++) {
            long value = grid.value(entry);
            if (value > 0 && value < threshold && eligible.test(grid.place(entry))) {
                primary.add(grid.place(entry));
                hidden[entry] = true;
            }
        }
        if (primary.contains(Place.grandTotal())) {
            return withheld(grid, primary, threshold);
        }
        for (int entry = 0; entry < grid.entries(); entry++) {
            Place place = grid.place(entry);
            if (!primary.contains(place) && known.test(place)) {
                grid.known(place);
            }
        }
        Cycles cycles = new Cycles(grid);
        for (Place place : primary) {
            int entry = grid.entry(place);
            if (cycles.protects(entry, hidden)) {
                continue;
            }
            List<Integer> added = cycles.cheapestCycle(entry, hidden);
            if (added == null) {
                return withheld(grid, primary, threshold);
            }
            added.forEach(step -> hidden[step] = true);
        }
        cleanUp(grid, cycles, hidden, primary);
        TreeSet<Place> suppressed = new TreeSet<>();
        for (int entry = 0; entry < grid.entries(); entry++) {
            if (hidden[entry]) {
                suppressed.add(grid.place(entry));
            }
        }
        return new Suppression(grid.rows, grid.cols, threshold, primary, suppressed, false);
    }

    /**
     * Publishes again each secondary figure that the other hidden figures protect without it,
     * the dearest first: a cycle found early is often made unnecessary by those found later.
     */
    private static void cleanUp(Grid grid, Cycles cycles, boolean[] hidden, TreeSet<Place> primary) {
        List<Integer> all = new ArrayList<>();
        List<Integer> secondary = new ArrayList<>();
        for (int entry = 0; entry < grid.entries(); entry++) {
            if (hidden[entry]) {
                all.add(entry);
                if (!primary.contains(grid.place(entry))) {
                    secondary.add(entry);
                }
            }
        }
        if (all.size() > CLEAN_UP_LIMIT) {
            return;
        }
        secondary.sort(Comparator.<Integer>comparingLong(grid::cost).reversed().thenComparing(Comparator.reverseOrder()));
        for (int candidate : secondary) {
            hidden[candidate] = false;
            if (!allProtected(cycles, hidden, all, grid, candidate)) {
                hidden[candidate] = true;
            }
        }
    }

    /** Checks the figures in the candidate's row and column first: they are the likeliest to fail. */
    private static boolean allProtected(Cycles cycles, boolean[] hidden, List<Integer> all, Grid grid, int candidate) {
        List<Integer> near = new ArrayList<>();
        List<Integer> far = new ArrayList<>();
        for (int entry : all) {
            if (entry != candidate && hidden[entry]) {
                (grid.rowOf(entry) == grid.rowOf(candidate) || grid.colOf(entry) == grid.colOf(candidate) ? near : far).add(entry);
            }
        }
        near.addAll(far);
        for (int entry : near) {
            if (!cycles.protects(entry, hidden)) {
                return false;
            }
        }
        return true;
    }

    private static Suppression withheld(Grid grid, TreeSet<Place> primary, int threshold) {
        TreeSet<Place> every = new TreeSet<>();
        for (int entry = 0; entry < grid.entries(); entry++) {
            every.add(grid.place(entry));
        }
        return new Suppression(grid.rows, grid.cols, threshold, primary, every, true);
    }
}
