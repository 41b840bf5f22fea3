package org.coopstats.charts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.system.ErrorResponses;

import java.util.List;
import java.util.Map;

/** The chart of any breakdown of /api/analytics, as PNG or SVG. */
@Controller("/api/analytics")
@Secured({"ANALYST", "ADMIN"})
@Tag(name = "Analytics")
class ChartApiController {

    private final AnalyticsRequest requests;
    private final AnalyticsQueries queries;
    private final AnalyticsCharts charts;
    private final ChartRenderer renderer;
    private final ErrorResponses errors;

    ChartApiController(AnalyticsRequest requests, AnalyticsQueries queries, AnalyticsCharts charts,
                       ChartRenderer renderer, ErrorResponses errors) {
        this.requests = requests;
        this.queries = queries;
        this.charts = charts;
        this.renderer = renderer;
        this.errors = errors;
    }

    @Operation(summary = "The chart of a breakdown as PNG",
            description = "The parameters of /api/analytics, plus chart (bar, stacked, stacked_percent, line; by default a line "
                    + "over cycles, stacked bars for cases or lines split by cols, bars otherwise), title (at most 200 "
                    + "characters; by default the measure and dimensions), highlight (row codes, comma-separated, marked as such), width (300-2400, default 1200) and height "
                    + "(200-1600, default 700) in pixels. A chart shows at most 25 rows and 8 columns, the largest ones, "
                    + "and says so; the table holds them all. lang (ar, zh, en, fr, ru, es; default en) gives the "
                    + "chart's own words (source line, notes, markers, axis words) and numbers in that language, "
                    + "Arabic laid out right to left.")
    @Get("/chart.png")
    HttpResponse<?> png(HttpRequest<?> request) {
        return draw(request, (chart, size) -> HttpResponse.ok(renderer.png(chart, size.width(), size.height()))
                .contentType("image/png"));
    }

    @Operation(summary = "The chart of a breakdown as SVG, its words as text",
            description = "The same parameters as chart.png.")
    @Get("/chart.svg")
    HttpResponse<?> svg(HttpRequest<?> request) {
        return draw(request, (chart, size) -> HttpResponse.ok(renderer.svg(chart, size.width(), size.height()))
                .contentType("image/svg+xml; charset=utf-8"));
    }

    private HttpResponse<?> draw(HttpRequest<?> request, java.util.function.BiFunction<Chart, ChartRequest, HttpResponse<?>> format) {
        try {
            Map<String, List<String>> parameters = request.getParameters().asMap();
            ChartRequest chartRequest = ChartRequest.parse(parameters);
            AnalyticsQuery query = requests.parse(ChartRequest.breakdownParameters(parameters));
            AnalyticsTable table = queries.run(query);
            Chart chart = charts.of(query, table, chartRequest.type(), chartRequest.title(), chartRequest.highlight(),
                    chartRequest.locale());
            return format.apply(chart, chartRequest);
        } catch (AnalyticsRequest.Invalid invalid) {
            return errors.of(request, HttpStatus.BAD_REQUEST, "Query not understood", invalid.getMessage());
        }
    }
}
