package org.coopstats.reports;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.analytics.AnalyticsQueries;
import org.coopstats.charts.SourceLine;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.system.ErrorResponses;

import java.util.List;

/** The standard reports of reports/, for the Secretariat: each a fixed breakdown with a title and a method note. */
@Controller("/api/reports")
@Secured({"ANALYST", "ADMIN"})
@Tag(name = "Reports")
class ReportApiController {

    private final ReportDefinitions reports;
    private final AnalyticsQueries queries;
    private final SourceLine sourceLine;
    private final ErrorResponses errors;

    ReportApiController(ReportDefinitions reports, AnalyticsQueries queries, SourceLine sourceLine, ErrorResponses errors) {
        this.reports = reports;
        this.queries = queries;
        this.sourceLine = sourceLine;
        this.errors = errors;
    }

    @Operation(summary = "Every standard report",
            description = "id, title, measure, rows, cols, filters, status, chart (bar, stacked, stacked_percent, line), "
                    + "highlight (codes of the rows to draw apart) and notes (how the figures are counted), "
                    + "in the order of their files in reports/.")
    @Get
    List<ReportDefinition> list() {
        return reports.list();
    }

    @Operation(summary = "One report with its table",
            description = "The definition, the chart's axis labels and source line (which returns count, how many States), "
                    + "and the table as /api/analytics gives it. Any dimension as a parameter narrows it further "
                    + "(cycle=2024, region=AFRICA; comma-separated codes), except one the report already filters; "
                    + "status=submitted adds returns waiting for review. 404 for an unknown id.")
    @Get("/{id}")
    HttpResponse<?> report(@PathVariable String id, HttpRequest<?> request) {
        var report = reports.find(id);
        if (report.isEmpty()) {
            return errors.of(request, HttpStatus.NOT_FOUND, "Report not found",
                    "There is no report \"" + id + "\". The reports are listed at /api/reports.");
        }
        try {
            AnalyticsQuery query = reports.query(report.get(), request.getParameters().asMap());
            var chart = reports.chart(report.get(), queries.run(query), sourceLine.of(query));
            return HttpResponse.ok(ReportAnswer.of(report.get(), chart));
        } catch (AnalyticsRequest.Invalid | ReportDefinitions.Refused invalid) {
            return errors.of(request, HttpStatus.BAD_REQUEST, "Query not understood", invalid.getMessage());
        }
    }
}
