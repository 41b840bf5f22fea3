package org.coopstats.explore;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.i18n.Text;
import org.coopstats.reports.ReportDefinition;
import org.coopstats.reports.ReportDefinitions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analyst's page: choose a measure, rows, columns and filters, and see the table and chart
 * with links to the same figures as CSV, PNG and SVG. A GET form, so the address holds the query
 * and can be bookmarked or sent to a colleague.
 */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/analytics")
@Secured({"ANALYST", "ADMIN"})
@Produces(MediaType.TEXT_HTML)
class ExploreController {

    /** What a first visit shows: the service's main question, which legal bases States use, for what. */
    static final Map<String, List<String>> FIRST_VISIT = Map.of(
            "measure", List.of("cases"), "rows", List.of("legal_basis"), "cols", List.of("cooperation_type"));

    private final AnalyticsRequest requests;
    private final AnalyticsQueries queries;
    private final ReportDefinitions reports;
    private final ExploreView view;

    ExploreController(AnalyticsRequest requests, AnalyticsQueries queries, ReportDefinitions reports, ExploreView view) {
        this.requests = requests;
        this.queries = queries;
        this.reports = reports;
        this.view = view;
    }

    @Get
    HttpResponse<?> page(HttpRequest<?> request) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(request.getParameters().asMap());
        parameters.remove(LanguageChoice.PARAMETER); // the page's language, not part of the query
        if (parameters.isEmpty()) {
            parameters.putAll(FIRST_VISIT);
        }
        List<String> reportId = parameters.remove("report");
        if (!List.of("convention_share").equals(parameters.get("measure"))) {
            parameters.remove("basis"); // the form always offers it; it only means something for that share
        }
        ReportDefinition report = reportId == null || reportId.isEmpty() ? null : reports.find(reportId.get(0)).orElse(null);
        Text text = Text.of(LanguageChoice.of(request));
        try {
            AnalyticsQuery query = requests.parse(parameters);
            AnalyticsTable table = queries.run(query);
            return HttpResponse.ok(page(view.answered(parameters, report, query, table, text), text));
        } catch (AnalyticsRequest.Invalid invalid) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(page(view.refused(parameters, report, invalid.message(text), text), text));
        }
    }

    private static ModelAndView<Map<String, Object>> page(ExplorePage page, Text text) {
        return new ModelAndView<>("explore/page", Map.of("page", page, "t", text));
    }
}
