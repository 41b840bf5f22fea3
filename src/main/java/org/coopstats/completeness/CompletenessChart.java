package org.coopstats.completeness;

import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartType;
import org.coopstats.charts.ChartWords;
import org.coopstats.i18n.Text;

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
    static Chart of(CompletenessReport report, LocalDate today, Text text) {
        List<CompletenessStatus> fromTheAxis = new ArrayList<>(report.statuses());
        Collections.reverse(fromTheAxis);
        // the chart's numbers are written as the chart writes them (ChartWords), which may differ from the page's
        String total = ChartWords.of(text.locale()).numbers().format(report.total());
        return new Chart(ChartType.STACKED, title(report, text), text.get("completeness.region"),
                text.get("completeness.statesParties"), text.get("completeness.chart.source", text.date(today), total),
                report.table(fromTheAxis, text)).in(text.locale());
    }

    static String title(CompletenessReport report, Text text) {
        return text.get("completeness.chart.title", report.cycle().code());
    }

    /** Says what the picture shows and where its figures are, for a reader who cannot see it. */
    static String altText(CompletenessReport report, Text text) {
        return text.get("completeness.chart.alt", title(report, text), text.number(report.submitted()), text.number(report.total()));
    }
}
