package org.coopstats.disclosure;

import java.util.Comparator;

/**
 * A figure of a table with its margins: a cell (row, col), a row's total (row, TOTAL), a
 * column's total (TOTAL, col) or the grand total (TOTAL, TOTAL). Places sort row by row, each
 * row's total after its cells and the column totals last, which keeps every result in one order.
 */
public record Place(int row, int col) implements Comparable<Place> {

    public static final int TOTAL = -1;

    private static final Comparator<Place> ORDER = Comparator
            .comparingInt((Place place) -> place.row == TOTAL ? Integer.MAX_VALUE : place.row)
            .thenComparingInt(place -> place.col == TOTAL ? Integer.MAX_VALUE : place.col);

    public Place {
        if (row < TOTAL || col < TOTAL) {
            throw new IllegalArgumentException("no such place: " + row + ", " + col);
        }
    }

    public static Place cell(int row, int col) {
        if (row == TOTAL || col == TOTAL) {
            throw new IllegalArgumentException("a cell has a row and a column: " + row + ", " + col);
        }
        return new Place(row, col);
    }

    public static Place rowTotal(int row) {
        return new Place(row, TOTAL);
    }

    public static Place colTotal(int col) {
        return new Place(TOTAL, col);
    }

    public static Place grandTotal() {
        return new Place(TOTAL, TOTAL);
    }

    public boolean isCell() {
        return row != TOTAL && col != TOTAL;
    }

    public boolean isRowTotal() {
        return row != TOTAL && col == TOTAL;
    }

    public boolean isColTotal() {
        return row == TOTAL && col != TOTAL;
    }

    public boolean isGrandTotal() {
        return row == TOTAL && col == TOTAL;
    }

    @Override
    public int compareTo(Place other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return isGrandTotal() ? "(total)" : isRowTotal() ? "(" + row + ", total)"
                : isColTotal() ? "(total, " + col + ")" : "(" + row + ", " + col + ")";
    }
}
