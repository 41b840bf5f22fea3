package org.coopstats.analytics;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.system.ErrorResponses;

/** Any breakdown of the accepted returns, for the Secretariat: a measure by up to two dimensions. */
@Controller("/api/analytics")
@Secured({"ANALYST", "ADMIN"})
@Tag(name = "Analytics")
class AnalyticsApiController {

    private final AnalyticsRequest requests;
    private final AnalyticsQueries queries;
    private final LineExport export;
    private final ErrorResponses errors;

    AnalyticsApiController(AnalyticsRequest requests, AnalyticsQueries queries, LineExport export, ErrorResponses errors) {
        this.requests = requests;
        this.queries = queries;
        this.export = export;
        this.errors = errors;
    }

    @Operation(summary = "Every counted case line behind the same filters, as CSV, streamed",
            description = "The filters and status of /api/analytics (measure, rows and cols are ignored); bom=1 for Excel. "
                    + "Officers' private notes are not included.")
    @Get("/lines.csv")
    HttpResponse<?> lines(HttpRequest<?> request) {
        try {
            AnalyticsQuery query = requests.parse(request.getParameters().asMap());
            return HttpResponse.ok(new StreamedFile(export.stream(query, request.getParameters().get("bom") != null),
                            MediaType.of("text/csv; charset=utf-8")))
                    .header("Content-Disposition", "attachment; filename=\"coopstats-case-lines.csv\"");
        } catch (AnalyticsRequest.Invalid invalid) {
            return errors.of(request, HttpStatus.BAD_REQUEST, "Query not understood", invalid.getMessage());
        }
    }

    @Operation(summary = "A measure by up to two dimensions, with filters",
            description = "measure: cases (default), lines, states, convention_share, refusal_rate, forbidden_refusals, "
                    + "electronic_evidence_share, median_days, p90_days (days from request to completion, lines with both dates). rows, cols: a dimension each (cycle, region, subregion, reporting_state, "
                    + "counterpart_state, counterpart_region, cooperation_type, direction, legal_basis, instrument, offence, "
                    + "iccs_section, outcome, refusal_ground, channel, electronic_evidence, informal_consultation). "
                    + "Any dimension as a parameter filters on its codes (comma-separated). status: accepted (default) "
                    + "or submitted. basis: with convention_share, the legal-basis category whose share it gives (UNTOC by default). "
                    + "Only the latest counted version of each return counts. format=csv (or Accept: text/csv) "
                    + "gives the same table as CSV; bom=1 adds a byte-order mark for Excel.")
    @Get
    HttpResponse<?> table(HttpRequest<?> request) {
        try {
            AnalyticsTable table = queries.run(requests.parse(request.getParameters().asMap()));
            boolean csv = "csv".equals(request.getParameters().get("format"))
                    || request.getHeaders().accept().stream().anyMatch(type -> "text/csv".equals(type.getName()));
            if (csv) {
                return HttpResponse.ok(AnalyticsCsv.of(table, request.getParameters().get("bom") != null))
                        .contentType("text/csv; charset=utf-8")
                        .header("Content-Disposition", "attachment; filename=\"coopstats-" + table.measure() + ".csv\"");
            }
            return HttpResponse.ok(table);
        } catch (AnalyticsRequest.Invalid invalid) {
            return errors.of(request, HttpStatus.BAD_REQUEST, "Query not understood", invalid.getMessage());
        }
    }
}
