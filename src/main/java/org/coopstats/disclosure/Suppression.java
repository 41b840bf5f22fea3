package org.coopstats.disclosure;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which figures of a rows by cols table and its margins are hidden. primary holds the small
 * counts themselves, suppressed every hidden figure (primary ones included). withheld means
 * no pattern could protect a small count while the grand total stays published (a one-cell
 * table, or a grand total that is itself a small count about a named State): then every figure,
 * the grand total too, is in suppressed, and the table must not be published at all.
 */
public record Suppression(int rows, int cols, int threshold, SortedSet<Place> primary, SortedSet<Place> suppressed,
                          boolean withheld) {

    public Suppression {
        primary = Collections.unmodifiableSortedSet(new TreeSet<>(primary));
        suppressed = Collections.unmodifiableSortedSet(new TreeSet<>(suppressed));
        if (!suppressed.containsAll(primary)) {
            throw new IllegalArgumentException("every primary figure is suppressed");
        }
    }

    public boolean isSuppressed(Place place) {
        return suppressed.contains(place);
    }

    public boolean isSuppressed(int row, int col) {
        return isSuppressed(Place.cell(row, col));
    }

    public boolean rowTotalSuppressed(int row) {
        return isSuppressed(Place.rowTotal(row));
    }

    public boolean colTotalSuppressed(int col) {
        return isSuppressed(Place.colTotal(col));
    }

    /** The figures hidden only so that the small ones cannot be worked out from the others. */
    public SortedSet<Place> secondary() {
        TreeSet<Place> secondary = new TreeSet<>(suppressed);
        secondary.removeAll(primary);
        return Collections.unmodifiableSortedSet(secondary);
    }

    /** Whether anything in the table is hidden, so a page knows to print the footnote. */
    public boolean any() {
        return !suppressed.isEmpty();
    }
}
