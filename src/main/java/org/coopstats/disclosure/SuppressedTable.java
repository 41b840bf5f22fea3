package org.coopstats.disclosure;

import org.coopstats.analytics.AnalyticsTable;

/**
 * An analytics table, its figures untouched and its totals true, with the figures that must
 * be shown as a marker instead. Indexes are those of the table's cells, rowTotals and
 * colTotals; a table without columns (one dimension) has one cell per row, hidden with its row
 * total, and a table without rows its one cell, the grand total.
 */
public record SuppressedTable(AnalyticsTable table, Suppression suppression) {

    public boolean isSuppressed(int row, int col) {
        return suppression.isSuppressed(row, col);
    }

    public boolean rowTotalSuppressed(int row) {
        return suppression.rowTotalSuppressed(row);
    }

    public boolean colTotalSuppressed(int col) {
        return suppression.colTotalSuppressed(col);
    }

    /** Only for a withheld table. */
    public boolean totalSuppressed() {
        return suppression.isSuppressed(Place.grandTotal());
    }

    /** Nothing of the table may be published: say so instead of showing it (see Suppression). */
    public boolean withheld() {
        return suppression.withheld();
    }

    /** Whether a marker appears anywhere, so the footnote is needed. */
    public boolean anySuppressed() {
        return suppression.any();
    }
}
