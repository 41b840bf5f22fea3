package org.coopstats.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.charts.Chart;

/** A report with its figures: the definition, the words of its chart, and its table. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record ReportAnswer(ReportDefinition report, String categoryAxisLabel, String valueAxisLabel, String sourceLine,
                    AnalyticsTable table) {

    static ReportAnswer of(ReportDefinition report, Chart chart) {
        return new ReportAnswer(report, chart.categoryAxisLabel(), chart.valueAxisLabel(), chart.sourceLine(), chart.table());
    }
}
