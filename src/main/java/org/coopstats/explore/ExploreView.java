package org.coopstats.explore;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.AnalyticsCharts;
import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartRequest;
import org.coopstats.charts.ChartType;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;
import org.coopstats.reports.ReportDefinition;
import org.coopstats.reports.ReportDefinitions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the reader's parameters and the answer into the page, in the reader's language: the form as
 * chosen, the formatted table, the links.
 */
@Singleton
class ExploreView {

    private static final List<String> CHART_PARAMETERS = List.of("chart", "title", "highlight");
    /** The chart on the page is drawn smaller than the download, so that its words stay legible in the column. */
    static final int PAGE_WIDTH = 960;
    static final int PAGE_HEIGHT = 600;

    private final ExploreLabels labels;
    private final AnalyticsCharts charts;
    private final ReportDefinitions reports;

    ExploreView(ExploreLabels labels, AnalyticsCharts charts, ReportDefinitions reports) {
        this.labels = labels;
        this.charts = charts;
        this.reports = reports;
    }

    ExplorePage answered(Map<String, List<String>> parameters, @Nullable ReportDefinition report,
                         AnalyticsQuery query, AnalyticsTable table, Text text) {
        Map<String, List<String>> drawn = withReportTitle(parameters, report, text);
        ChartRequest chartRequest = ChartRequest.parse(drawn);
        Chart chart = charts.of(query, table, chartRequest.type(), chartRequest.title(), chartRequest.highlight(), text.locale());
        return form(parameters, report, null, result(drawn, query, table, chart, text), text);
    }

    ExplorePage refused(Map<String, List<String>> parameters, @Nullable ReportDefinition report, String problem, Text text) {
        return form(parameters, report, problem, null, text);
    }

    /**
     * A standard report is titled in the language asked for. Its links carry no title, so the same
     * address switched to another language gets that language's title; one given in the address wins.
     */
    private static Map<String, List<String>> withReportTitle(Map<String, List<String>> parameters,
                                                             @Nullable ReportDefinition report, Text text) {
        if (report == null || !single(parameters, "title", "").isEmpty()) {
            return parameters;
        }
        Map<String, List<String>> titled = new LinkedHashMap<>(parameters);
        titled.put("title", List.of(report.title(text)));
        return titled;
    }

    private ExplorePage form(Map<String, List<String>> parameters, @Nullable ReportDefinition report,
                             @Nullable String error, ExplorePage.Result result, Text text) {
        String measure = single(parameters, "measure", "cases");
        String rows = single(parameters, "rows", "");
        String cols = single(parameters, "cols", "");
        List<Choice> dimensionsForRows = new ArrayList<>(List.of(new Choice("", text.get("explore.rows.none"), rows.isEmpty())));
        List<Choice> dimensionsForCols = new ArrayList<>(List.of(new Choice("", text.get("explore.cols.none"), cols.isEmpty())));
        for (Dimension dimension : Dimension.values()) {
            String label = labels.dimension(dimension, text);
            dimensionsForRows.add(new Choice(dimension.code(), label, dimension.code().equals(rows)));
            dimensionsForCols.add(new Choice(dimension.code(), label, dimension.code().equals(cols)));
        }
        String basis = single(parameters, "basis", "");
        List<Choice> bases = new ArrayList<>();
        labels.options(Dimension.LEGAL_BASIS, text).forEach((code, label) -> bases.add(new Choice(
                code, label, code.equals(basis) || (basis.isEmpty() && code.equals(AnalyticsQuery.CONVENTION)))));
        String status = single(parameters, "status", "accepted");
        String chart = single(parameters, "chart", "");
        List<Choice> chartChoices = new ArrayList<>(List.of(new Choice("", text.get("explore.chart.auto"), chart.isEmpty())));
        Arrays.stream(ChartType.values()).forEach(type -> chartChoices.add(
                new Choice(type.code(), text.get("explore.chart." + type.code()), type.code().equals(chart))));
        return new ExplorePage(
                Arrays.stream(Measure.values()).map(m -> new Choice(m.code(), labels.measure(m, text), m.code().equals(measure))).toList(),
                bases, dimensionsForRows, dimensionsForCols,
                List.of(new Choice("accepted", text.get("explore.status.accepted"), !"submitted".equals(status)),
                        new Choice("submitted", text.get("explore.status.submitted"), "submitted".equals(status))),
                chartChoices, filters(parameters, text), reportLinks(report, text), report, error, result);
    }

    private ExplorePage.Result result(Map<String, List<String>> parameters, AnalyticsQuery query, AnalyticsTable table, Chart chart,
                                      Text text) {
        Measure measure = query.measure();
        List<ExplorePage.Row> rows = new ArrayList<>();
        if (table.rowDimension() == null) {
            rows.add(new ExplorePage.Row(text.get("explore.all"), List.of(Figures.format(measure, table.total(), text)), null));
        }
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = table.cells().get(i).stream().map(cell -> Figures.format(measure, cell, text)).toList();
            rows.add(new ExplorePage.Row(labels.heading(query.rows(), table.rows().get(i), text), cells,
                    table.colDimension() == null ? null : Figures.format(measure, table.rowTotals().get(i), text)));
        }
        Map<String, List<String>> analytics = new LinkedHashMap<>(parameters);
        CHART_PARAMETERS.forEach(analytics::remove);
        analytics.remove("format");
        Map<String, List<String>> chartParameters = new LinkedHashMap<>(analytics);
        CHART_PARAMETERS.forEach(name -> {
            if (parameters.containsKey(name)) {
                chartParameters.put(name, parameters.get(name));
            }
        });
        if (text.language() != Language.EN) {
            chartParameters.put(ChartRequest.LANGUAGE, List.of(text.lang())); // the picture in the page's language
        }
        String analyticsQuery = QueryString.of(analytics);
        String chartQuery = QueryString.of(chartParameters);
        boolean empty = table.rowDimension() != null && table.rows().isEmpty();
        return new ExplorePage.Result(chart.title(), chart.sourceLine(),
                query.rows() == null ? null : labels.dimension(query.rows(), text),
                query.cols() == null ? null : labels.dimension(query.cols(), text),
                labels.measure(query, text), table.cols().stream().map(heading -> labels.heading(query.cols(), heading, text)).toList(),
                rows,
                table.colDimension() == null ? null
                        : table.colTotals().stream().map(total -> Figures.format(measure, total, text)).toList(),
                Figures.format(measure, table.total(), text), empty,
                text.get("explore.chartAlt", chart.title(), chart.sourceLine()),
                "/api/analytics/chart.png?" + join(chartQuery, "width=" + PAGE_WIDTH + "&height=" + PAGE_HEIGHT),
                "/api/analytics/chart.png?" + chartQuery, "/api/analytics/chart.svg?" + chartQuery,
                "/api/analytics?" + join(analyticsQuery, "format=csv"), "/api/analytics/lines.csv?" + analyticsQuery,
                "/api/analytics?" + analyticsQuery);
    }

    private List<FilterChoices> filters(Map<String, List<String>> parameters, Text text) {
        List<FilterChoices> filters = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Set<String> kept = parameters.getOrDefault(dimension.code(), List.of()).stream()
                    .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).collect(Collectors.toSet());
            List<Choice> choices = labels.options(dimension, text).entrySet().stream()
                    .map(option -> new Choice(option.getKey(), option.getValue(), kept.contains(option.getKey())))
                    .toList();
            filters.add(new FilterChoices(dimension.code(), labels.dimension(dimension, text), choices));
        }
        return filters;
    }

    private List<ExplorePage.ReportLink> reportLinks(@Nullable ReportDefinition current, Text text) {
        return reports.list().stream().map(report -> {
            Map<String, List<String>> parameters = new LinkedHashMap<>(report.parameters());
            parameters.put("chart", List.of(report.chart()));
            if (!report.highlight().isEmpty()) {
                parameters.put("highlight", List.of(String.join(",", report.highlight())));
            }
            parameters.put("report", List.of(report.id()));
            return new ExplorePage.ReportLink(report.id(), report.title(text), "/analytics?" + QueryString.of(parameters),
                    current != null && current.id().equals(report.id()));
        }).toList();
    }

    private static String join(String query, String extra) {
        return query.isEmpty() ? extra : query + "&" + extra;
    }

    private static String single(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? otherwise : values.get(0).strip();
    }
}
