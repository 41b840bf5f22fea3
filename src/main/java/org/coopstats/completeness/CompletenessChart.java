package org.coopstats.completeness;

import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The completeness chart: one stacked bar per region, divided by the status of the States' returns. */
final class CompletenessChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 520;

    private CompletenessChart() {
    }

    /**
     * Accepted returns at the foot of each bar and "no return" at the top, so that progress
     * through a cycle reads as bars filling up from the axis.
     */
    static Chart of(CompletenessReport report, LocalDate today) {
        List<CompletenessStatus> fromTheAxis = new ArrayList<>(report.statuses());
        Collections.reverse(fromTheAxis);
        return new Chart(ChartType.STACKED, title(report), "Region", "States parties",
                "Return statuses as recorded on " + today + "; " + report.total() + " States parties",
                report.table(fromTheAxis));
    }

    static String title(CompletenessReport report) {
        return "Returns of States parties for cycle " + report.cycle().code() + ", by region and status";
    }

    /** Says what the picture shows and where its figures are, for a reader who cannot see it. */
    static String altText(CompletenessReport report) {
        return "Stacked bar chart: " + title(report) + ". " + report.submitted() + " of " + report.total()
                + " States parties have submitted a return. The table above gives every figure.";
    }
}
