package org.coopstats.disclosure;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.analytics.AnalyticsTable.Heading;

/**
 * A figure of an analytics table as an eligibility rule sees it: its row and column headings,
 * null for "all rows" or "all columns". So a cell has both, a row's total (or the cell of a
 * one-dimensional table) only its row, a column's total only its column, the grand total neither.
 */
public record Figure(@Nullable Heading row, @Nullable Heading col) {

    public boolean isGrandTotal() {
        return row == null && col == null;
    }
}
