package org.coopstats.explore;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.reports.ReportDefinition;

import java.util.List;

/** Everything the analyst page shows: the query form as chosen, then the answer or what is wrong. */
public record ExplorePage(List<Choice> measures, List<Choice> bases, List<Choice> rows, List<Choice> cols, List<Choice> statuses,
                          List<Choice> charts, List<FilterChoices> filters, List<ReportLink> reports,
                          @Nullable ReportDefinition report, @Nullable String error, @Nullable Result result) {

    /** A standard report, opened on this page through the query that makes it. */
    public record ReportLink(String id, String title, String url, boolean current) {
    }

    /** The table as formatted figures, and the addresses of the same figures as CSV, PNG and SVG. */
    public record Result(String title, String sourceLine, @Nullable String rowLabel, @Nullable String colLabel,
                         String measureLabel, List<String> colHeadings, List<Row> rows, @Nullable List<String> colTotals,
                         String total, boolean empty, String chartAlt, String pageChartUrl, String pngUrl, String svgUrl, String csvUrl,
                         String linesCsvUrl, String jsonUrl) {
    }

    public record Row(String label, List<String> cells, @Nullable String total) {
    }
}
