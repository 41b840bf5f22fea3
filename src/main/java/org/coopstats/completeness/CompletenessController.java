package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.coopstats.charts.Chart;
import org.coopstats.charts.ChartRenderer;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.i18n.Text;
import org.coopstats.system.ErrorResponses;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which States parties have reported into a cycle: a page, a CSV file and a chart, for the Secretariat. */
@io.swagger.v3.oas.annotations.Hidden // pages and downloads for people, not part of the JSON API
@Controller("/completeness")
@Secured({"ANALYST", "ADMIN"})
class CompletenessController {

    private final CompletenessQueries queries;
    private final ChartRenderer charts;
    private final ErrorResponses errors;
    private final CompletenessLabels labels;

    CompletenessController(CompletenessQueries queries, ChartRenderer charts, ErrorResponses errors, CompletenessLabels labels) {
        this.queries = queries;
        this.charts = charts;
        this.errors = errors;
        this.labels = labels;
    }

    /** The latest cycle, shown here rather than redirected to, so the menu link always fits. */
    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> latest(@Nullable @QueryValue String region, @Nullable @QueryValue String status, HttpRequest<?> request) {
        List<CycleRef> cycles = queries.cycles();
        if (cycles.isEmpty()) {
            return HttpResponse.ok(new ModelAndView<>("completeness/noCycle", Map.of()));
        }
        return page(cycles.get(0), cycles, region, status, request);
    }

    @Get("/{cycle}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> cycle(@PathVariable String cycle, @Nullable @QueryValue String region,
                          @Nullable @QueryValue String status, HttpRequest<?> request) {
        Optional<CycleRef> found = queries.cycle(cycle);
        if (found.isEmpty()) {
            return errors.notFound(request);
        }
        return page(found.get(), queries.cycles(), region, status, request);
    }

    @Get("/{cycle}/states.csv")
    @Produces("text/csv")
    HttpResponse<?> csv(@PathVariable String cycle, @Nullable @QueryValue String region,
                        @Nullable @QueryValue String status, @Nullable @QueryValue String bom, HttpRequest<?> request) {
        Optional<CycleRef> found = queries.cycle(cycle);
        if (found.isEmpty()) {
            return errors.notFound(request);
        }
        CompletenessReport report = report(found.get());
        try {
            CompletenessFilter filter = CompletenessFilter.parse(region, status, report.regions());
            return HttpResponse.ok(CompletenessCsv.of(report.filtered(filter), bom != null))
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"coopstats-completeness-"
                            + CompletenessLinks.segment(found.get().code()) + ".csv\"");
        } catch (CompletenessFilter.Invalid invalid) {
            return errors.of(request, HttpStatus.BAD_REQUEST, "Filter not understood", invalid.getMessage());
        }
    }

    @Get("/{cycle}/chart.png")
    @Produces("image/png")
    HttpResponse<?> png(@PathVariable String cycle, HttpRequest<?> request) {
        return queries.cycle(cycle)
                .<HttpResponse<?>>map(found -> HttpResponse.ok(charts.png(chart(found, request), CompletenessChart.WIDTH,
                        CompletenessChart.HEIGHT)).contentType("image/png"))
                .orElseGet(() -> errors.notFound(request));
    }

    @Get("/{cycle}/chart.svg")
    @Produces("image/svg+xml")
    HttpResponse<?> svg(@PathVariable String cycle, HttpRequest<?> request) {
        return queries.cycle(cycle)
                .<HttpResponse<?>>map(found -> HttpResponse.ok(charts.svg(chart(found, request), CompletenessChart.WIDTH,
                        CompletenessChart.HEIGHT)).contentType("image/svg+xml; charset=utf-8"))
                .orElseGet(() -> errors.notFound(request));
    }

    /** The chart in the request's language (the page asks with lang=, so a saved picture keeps it). */
    private Chart chart(CycleRef cycle, HttpRequest<?> request) {
        Text text = Text.of(LanguageChoice.of(request));
        return CompletenessChart.of(labels.in(report(cycle), text), LocalDate.now(ZoneOffset.UTC), text);
    }

    private HttpResponse<?> page(CycleRef cycle, List<CycleRef> cycles, String region, String status, HttpRequest<?> request) {
        Text text = Text.of(LanguageChoice.of(request));
        CompletenessReport report = labels.in(report(cycle), text);
        Map<String, Object> model = new HashMap<>();
        model.put("t", text);
        model.put("report", report);
        model.put("cycles", cycles);
        model.put("path", CompletenessLinks.page(cycle.code()));
        model.put("chartAlt", CompletenessChart.altText(report, text));
        model.put("chartLanguage", text.language() == Language.EN ? "" : "?" + LanguageChoice.PARAMETER + "=" + text.lang());
        model.put("chartWidth", CompletenessChart.WIDTH);
        model.put("chartHeight", CompletenessChart.HEIGHT);
        try {
            CompletenessFilter filter = CompletenessFilter.parse(region, status, report.regions());
            model.put("filter", filter);
            model.put("filterProblem", null);
            model.put("shown", report.filtered(filter));
            return HttpResponse.ok(new ModelAndView<>("completeness/page", model));
        } catch (CompletenessFilter.Invalid invalid) {
            // the whole list, with the reason the filter was not applied at the top
            model.put("filter", CompletenessFilter.NONE);
            model.put("filterProblem", invalid.message(text, report.regions()));
            model.put("shown", report.states());
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ModelAndView<>("completeness/page", model));
        }
    }

    private CompletenessReport report(CycleRef cycle) {
        return new CompletenessReport(cycle, queries.regions(), queries.states(cycle.id()));
    }
}
