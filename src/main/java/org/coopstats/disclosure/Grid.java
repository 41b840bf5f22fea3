package org.coopstats.disclosure;

/**
 * A table and its margins as one grid of rows + 1 by cols + 1 entries: the last column holds
 * the row totals, the last row the column totals, the corner the grand total. Written with the
 * margins negated, every row and every column of the grid adds up to zero, so whatever an
 * attacker may change among the hidden entries without breaking a published total is a
 * circulation on the bipartite graph of rows and columns whose edges are the hidden entries.
 * An entry moved up is an arc from its row to its column, an entry moved down the reverse arc
 * (for a margin, negated, the other way round); an entry at zero can only move up. So a hidden
 * entry can take more than one value exactly when it lies on a directed cycle of such arcs.
 */
final class Grid {

    final int rows;
    final int cols;
    /** the grand total */
    final long total;
    private final long[] values;
    /** cells the public knows to be zero whatever the data: hiding them would protect nothing */
    private final boolean[] known;

    Grid(long[][] cells) {
        this.rows = cells.length;
        this.cols = rows == 0 ? 0 : cells[0].length;
        this.values = new long[(rows + 1) * (cols + 1)];
        this.known = new boolean[values.length];
        long grand = 0;
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + cells[r].length + " cells, not " + cols);
            }
            for (int c = 0; c < cols; c++) {
                long value = cells[r][c];
                if (value < 0) {
                    throw new IllegalArgumentException("a count is never negative: " + value + " at " + Place.cell(r, c));
                }
                values[entry(r, c)] += value;
                values[entry(r, cols)] += value;
                values[entry(rows, c)] += value;
                grand = Math.addExact(grand, value);
            }
        }
        values[entry(rows, cols)] = grand;
        this.total = grand;
    }

    /** A figure the public knows whatever is hidden here, so hiding it would protect nothing. */
    void known(Place place) {
        known[entry(place)] = true;
    }

    /** A figure that may be hidden: any but the grand total and the figures the public knows. */
    boolean hideable(int entry) {
        return entry != grandTotal() && !known[entry];
    }

    int entries() {
        return values.length;
    }

    int entry(int r, int c) {
        return r * (cols + 1) + c;
    }

    int rowOf(int entry) {
        return entry / (cols + 1);
    }

    int colOf(int entry) {
        return entry % (cols + 1);
    }

    int grandTotal() {
        return entry(rows, cols);
    }

    long value(int entry) {
        return values[entry];
    }

    boolean margin(int entry) {
        return (rowOf(entry) == rows) != (colOf(entry) == cols);
    }

    /** May the entry move from its row to its column: up for a cell, down for a margin. */
    boolean forward(int entry) {
        return !margin(entry) || values[entry] > 0;
    }

    /** May the entry move from its column to its row: down for a cell, up for a margin. */
    boolean backward(int entry) {
        return margin(entry) || values[entry] > 0;
    }

    Place place(int entry) {
        int r = rowOf(entry);
        int c = colOf(entry);
        return new Place(r == rows ? Place.TOTAL : r, c == cols ? Place.TOTAL : c);
    }

    int entry(Place place) {
        int r = place.row() == Place.TOTAL ? rows : place.row();
        int c = place.col() == Place.TOTAL ? cols : place.col();
        if (r > rows || c > cols || (place.row() != Place.TOTAL && r == rows) || (place.col() != Place.TOTAL && c == cols)) {
            throw new IllegalArgumentException(place + " is outside a table of " + rows + " by " + cols);
        }
        return entry(r, c);
    }

    /**
     * What hiding the entry costs: a cell its value, so small cells go first (plus one, so a
     * pattern of fewer cells wins a tie); a zero more than any non-zero cell, since it only
     * protects by moving up; a total more than any path of cells, so totals go last of all.
     */
    long cost(int entry) {
        long zero = total + 2;
        if (margin(entry)) {
            return Math.addExact(Math.multiplyExact(zero, rows + cols + 3L), values[entry]);
        }
        return values[entry] == 0 ? zero : values[entry] + 1;
    }
}
