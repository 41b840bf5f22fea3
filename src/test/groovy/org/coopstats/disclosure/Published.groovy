package org.coopstats.disclosure

import groovy.transform.CompileStatic

/**
 * What a reader sees of a protected table: the published cells and totals, null where a
 * marker stands instead, and the grand total (null only for a withheld table).
 */
@CompileStatic
class Published {

    final int rows
    final int cols
    final Long[][] cells
    final Long[] rowTotals
    final Long[] colTotals
    final Long total

    Published(Long[][] cells, Long[] rowTotals, Long[] colTotals, Long total) {
        this.rows = rowTotals.length
        this.cols = colTotals.length
        this.cells = cells
        this.rowTotals = rowTotals
        this.colTotals = colTotals
        this.total = total
    }

    /** The table as published under the suppression: true totals, markers for hidden figures. */
    static Published of(long[][] cells, Suppression suppression) {
        int rows = cells.length
        int cols = rows == 0 ? 0 : cells[0].length
        Long[][] shown = new Long[rows][cols]
        Long[] rowTotals = new Long[rows]
        Long[] colTotals = new Long[cols]
        long total = 0
        for (int r = 0; r < rows; r++) {
            long sum = 0
            for (int c = 0; c < cols; c++) {
                sum += cells[r][c]
                shown[r][c] = suppression.isSuppressed(r, c) ? null : Long.valueOf(cells[r][c])
            }
            rowTotals[r] = suppression.rowTotalSuppressed(r) ? null : Long.valueOf(sum)
            total += sum
        }
        for (int c = 0; c < cols; c++) {
            long sum = 0
            for (int r = 0; r < rows; r++) {
                sum += cells[r][c]
            }
            colTotals[c] = suppression.colTotalSuppressed(c) ? null : Long.valueOf(sum)
        }
        new Published(shown, rowTotals, colTotals, suppression.isSuppressed(Place.grandTotal()) ? null : Long.valueOf(total))
    }
}
