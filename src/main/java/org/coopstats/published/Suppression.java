package org.coopstats.published;

import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Small-cell suppression for public tables: SmallCellSuppression answers it with the disclosure
 * package's algorithm (org.coopstats.disclosure.CellSuppression, ADR 9); a spec may stand in its
 * own to look at one rule alone.
 *
 * <p>cells are counts, rows by cols (a one-way table is rows by 1); their totals are published
 * with them. eligible says, for a figure at (row, col) with Hidden.TOTAL (-1) for a margin,
 * whether it involves a named State or a pair of States; known, whether the page publishes that
 * figure elsewhere, so that hiding it here would protect nothing. The answer holds every figure to
 * hide, small ones and those hidden so that the small ones cannot be worked out.
 */
public interface Suppression {

    Hidden protect(long[][] cells, BiPredicate<Integer, Integer> eligible, BiPredicate<Integer, Integer> known,
                   int threshold);

    /** Hidden figures: cells and margins at (row, col), TOTAL standing for a margin. withheld: the whole table. */
    record Hidden(Set<Place> places, boolean withheld) {

        public static final int TOTAL = -1;
        public static final Hidden NONE = new Hidden(Set.of(), false);

        public Hidden {
            places = Set.copyOf(places);
        }

        public boolean hides(int row, int col) {
            return withheld || places.contains(new Place(row, col));
        }

        public boolean any() {
            return withheld || !places.isEmpty();
        }
    }

    record Place(int row, int col) {
    }
}
