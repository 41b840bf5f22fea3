package org.coopstats.explore;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Labels;
import org.coopstats.analytics.Measure;
import org.coopstats.charts.AnalyticsCharts;
import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartRequest;
import org.coopstats.charts.ChartType;
import org.coopstats.reports.ReportDefinition;
import org.coopstats.reports.ReportDefinitions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the reader's parameters and the answer into the page: the form as chosen, the formatted table, the links. */
@Singleton
class ExploreView {

    private static final List<String> CHART_PARAMETERS = List.of("chart", "title", "highlight");
    /** The chart on the page is drawn smaller than the download, so that its words stay legible in the column. */
    static final int PAGE_WIDTH = 960;
    static final int PAGE_HEIGHT = 600;

    private final Labels labels;
    private final AnalyticsCharts charts;
    private final ReportDefinitions reports;

    ExploreView(Labels labels, AnalyticsCharts charts, ReportDefinitions reports) {
        this.labels = labels;
        this.charts = charts;
        this.reports = reports;
    }

    ExplorePage answered(Map<String, List<String>> parameters, @Nullable ReportDefinition report,
                         AnalyticsQuery query, AnalyticsTable table) {
        ChartRequest chartRequest = ChartRequest.parse(parameters);
        Chart chart = charts.of(query, table, chartRequest.type(), chartRequest.title(), chartRequest.highlight());
        return form(parameters, report, null, result(parameters, query, table, chart));
    }

    ExplorePage refused(Map<String, List<String>> parameters, @Nullable ReportDefinition report, String problem) {
        return form(parameters, report, problem, null);
    }

    private ExplorePage form(Map<String, List<String>> parameters, @Nullable ReportDefinition report,
                             @Nullable String error, ExplorePage.Result result) {
        String measure = single(parameters, "measure", "cases");
        String rows = single(parameters, "rows", "");
        String cols = single(parameters, "cols", "");
        List<Choice> dimensionsForRows = new ArrayList<>(List.of(new Choice("", "None: the total only", rows.isEmpty())));
        List<Choice> dimensionsForCols = new ArrayList<>(List.of(new Choice("", "None", cols.isEmpty())));
        for (Dimension dimension : Dimension.values()) {
            dimensionsForRows.add(new Choice(dimension.code(), dimension.label(), dimension.code().equals(rows)));
            dimensionsForCols.add(new Choice(dimension.code(), dimension.label(), dimension.code().equals(cols)));
        }
        String basis = single(parameters, "basis", "");
        List<Choice> bases = new ArrayList<>();
        labels.options(Dimension.LEGAL_BASIS).forEach((code, label) -> bases.add(new Choice(
                code, label, code.equals(basis) || (basis.isEmpty() && code.equals(AnalyticsQuery.CONVENTION)))));
        String status = single(parameters, "status", "accepted");
        String chart = single(parameters, "chart", "");
        List<Choice> chartChoices = new ArrayList<>(List.of(new Choice("", "Chosen for the figures", chart.isEmpty())));
        Arrays.stream(ChartType.values()).forEach(type -> chartChoices.add(new Choice(type.code(), chartLabel(type), type.code().equals(chart))));
        return new ExplorePage(
                Arrays.stream(Measure.values()).map(m -> new Choice(m.code(), m.label(), m.code().equals(measure))).toList(), bases,
                dimensionsForRows, dimensionsForCols,
                List.of(new Choice("accepted", "Accepted returns", !"submitted".equals(status)),
                        new Choice("submitted", "Accepted and waiting for review", "submitted".equals(status))),
                chartChoices, filters(parameters), reportLinks(report), report, error, result);
    }

    private ExplorePage.Result result(Map<String, List<String>> parameters, AnalyticsQuery query, AnalyticsTable table, Chart chart) {
        Measure measure = query.measure();
        List<ExplorePage.Row> rows = new ArrayList<>();
        if (table.rowDimension() == null) {
            rows.add(new ExplorePage.Row("All", List.of(Figures.format(measure, table.total())), null));
        }
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = table.cells().get(i).stream().map(cell -> Figures.format(measure, cell)).toList();
            rows.add(new ExplorePage.Row(table.rows().get(i).label(), cells,
                    table.colDimension() == null ? null : Figures.format(measure, table.rowTotals().get(i))));
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
        String analyticsQuery = QueryString.of(analytics);
        String chartQuery = QueryString.of(chartParameters);
        boolean empty = table.rowDimension() != null && table.rows().isEmpty();
        return new ExplorePage.Result(chart.title(), chart.sourceLine(),
                query.rows() == null ? null : query.rows().label(), query.cols() == null ? null : query.cols().label(),
                charts.measureLabel(query), table.cols().stream().map(AnalyticsTable.Heading::label).toList(), rows,
                table.colDimension() == null ? null : table.colTotals().stream().map(total -> Figures.format(measure, total)).toList(),
                Figures.format(measure, table.total()), empty,
                "Chart: " + chart.title() + ". " + chart.sourceLine() + ". The same figures are in the table below the chart.",
                "/api/analytics/chart.png?" + join(chartQuery, "width=" + PAGE_WIDTH + "&height=" + PAGE_HEIGHT),
                "/api/analytics/chart.png?" + chartQuery, "/api/analytics/chart.svg?" + chartQuery,
                "/api/analytics?" + join(analyticsQuery, "format=csv"), "/api/analytics/lines.csv?" + analyticsQuery,
                "/api/analytics?" + analyticsQuery);
    }

    private List<FilterChoices> filters(Map<String, List<String>> parameters) {
        List<FilterChoices> filters = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Set<String> kept = parameters.getOrDefault(dimension.code(), List.of()).stream()
                    .flatMap(value -> Arrays.stream(value.split(","))).map(String::strip).collect(Collectors.toSet());
            List<Choice> choices = labels.options(dimension).entrySet().stream()
                    .map(option -> new Choice(option.getKey(), option.getValue(), kept.contains(option.getKey())))
                    .toList();
            filters.add(new FilterChoices(dimension.code(), dimension.label(), choices));
        }
        return filters;
    }

    private List<ExplorePage.ReportLink> reportLinks(@Nullable ReportDefinition current) {
        return reports.list().stream().map(report -> {
            Map<String, List<String>> parameters = new LinkedHashMap<>(report.parameters());
            parameters.put("chart", List.of(report.chart()));
            parameters.put("title", List.of(report.title()));
            if (!report.highlight().isEmpty()) {
                parameters.put("highlight", List.of(String.join(",", report.highlight())));
            }
            parameters.put("report", List.of(report.id()));
            return new ExplorePage.ReportLink(report.id(), report.title(), "/analytics?" + QueryString.of(parameters),
                    current != null && current.id().equals(report.id()));
        }).toList();
    }

    private static String chartLabel(ChartType type) {
        return switch (type) {
            case BAR -> "Bars";
            case STACKED -> "Stacked bars";
            case STACKED_PERCENT -> "Stacked bars, 100%";
            case LINE -> "Line over the rows (cycles)";
        };
    }

    private static String join(String query, String extra) {
        return query.isEmpty() ? extra : query + "&" + extra;
    }

    private static String single(Map<String, List<String>> parameters, String name, String otherwise) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? otherwise : values.get(0).strip();
    }
}
