package org.coopstats.disclosure;

import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Which figures of a table involve a named State or a pair of States, the only ones whose small
 * counts are suppressed (issue 5). The caller knows what the headings do not: whether the
 * table's filters already name a State.
 */
public final class Eligible {

    private static final Set<String> STATE_DIMENSIONS =
            Set.of(Dimension.REPORTING_STATE.code(), Dimension.COUNTERPART_STATE.code());

    private Eligible() {
    }

    /** Whether a dimension's headings are States. */
    static boolean isState(String dimension) {
        return dimension != null && STATE_DIMENSIONS.contains(dimension);
    }

    /** For a table whose filters name a State: every figure of it, the grand total too, is about that State. */
    public static Predicate<Figure> every() {
        return figure -> true;
    }

    /**
     * The figures in a row or column of a State (reporting or counterpart): a State's cells and
     * its total. Not the group of lines with no counterpart, which names no one.
     */
    public static Predicate<Figure> namingStates(AnalyticsTable table) {
        boolean stateRows = isState(table.rowDimension());
        boolean stateCols = isState(table.colDimension());
        return figure -> stateRows && figure.row() != null && figure.row().code() != null
                || stateCols && figure.col() != null && figure.col().code() != null;
    }
}
