package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.audit.HistoryEntry;
import org.coopstats.audit.ReturnHistory;
import org.coopstats.db.tables.records.ReportingCycleRecord;
import org.coopstats.db.tables.records.StateReturnRecord;
import org.coopstats.lines.LineEditing;
import org.coopstats.lines.LineJson;
import org.coopstats.lines.LineStore;
import org.coopstats.lines.RemainingWarnings;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The officer's own returns, as the dashboard and return pages show them, with the same actions. */
@Controller("/api/returns")
@Secured("OFFICER")
@Tag(name = "Returns")
class ReturnApiController {

    private final ReturnQueries dashboard;
    private final OfficerReturns returns;
    private final ReviewQueries versions;
    private final LineStore lines;
    private final LineEditing editing;
    private final RemainingWarnings warnings;
    private final ReturnHistory history;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    ReturnApiController(ReturnQueries dashboard, OfficerReturns returns, ReviewQueries versions, LineStore lines,
                        LineEditing editing, RemainingWarnings warnings, ReturnHistory history, CsrfTokens csrf,
                        ErrorResponses errors) {
        this.dashboard = dashboard;
        this.returns = returns;
        this.versions = versions;
        this.lines = lines;
        this.editing = editing;
        this.warnings = warnings;
        this.history = history;
        this.csrf = csrf;
        this.errors = errors;
    }

    /** publicationConsent: NAMED or TOTALS_ONLY, set on the draft being submitted; left out, the draft's stays. */
    @Serdeable
    record Action(@Nullable Long lockVersion, @Nullable String publicationConsent) {
    }

    @Serdeable
    record ConsentChange(@Nullable String publicationConsent) {
    }

    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record ReturnView(String cycle, LocalDate periodStart, LocalDate periodEnd, LocalDate opensOn, LocalDate deadline,
                      @Nullable ReviewItem current, List<ReturnSummary> totals,
                      List<RemainingWarnings.LineWarning> warnings) {
    }

    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record VersionView(ReviewItem version, int offset, List<Map<String, Object>> lines, List<HistoryEntry> history) {
    }

    @Operation(summary = "Every cycle with the latest version of your State's return in it")
    @Get
    List<StateReturnRow> list(Authentication officer) {
        return dashboard.forState(stateOf(officer));
    }

    @Operation(summary = "The latest version of your State's return in a cycle, its totals and remaining warnings")
    @Get("/{cycle}")
    HttpResponse<?> show(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        return returns.cycle(cycle).<HttpResponse<?>>map(found -> HttpResponse.ok(view(found, officer)))
                .orElseGet(() -> errors.notFound(request));
    }

    @Operation(summary = "Start the return as a draft (once the cycle is open)")
    @Post("/{cycle}/start")
    HttpResponse<?> start(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        return act(cycle, officer, request, found -> returns.start(officer.getName(), found, stateOf(officer)));
    }

    @Operation(summary = "Submit the draft you read (send its lockVersion)")
    @Post("/{cycle}/submit")
    HttpResponse<?> submit(@PathVariable String cycle, @Body Action action, Authentication officer, HttpRequest<?> request) {
        return act(cycle, officer, request, found -> {
            returns.submit(officer.getName(), found, stateOf(officer), seen(action),
                    PublicationConsent.parse(action.publicationConsent()));
            return true;
        });
    }

    @Operation(summary = "Set your State's consent to publication on the draft: NAMED, or TOTALS_ONLY (inside regional "
            + "and global totals only, the default); only a draft's consent can be changed")
    @Put("/{cycle}/consent")
    HttpResponse<?> consent(@PathVariable String cycle, @Body ConsentChange change, Authentication officer,
                            HttpRequest<?> request) {
        csrf.verifyApi(request);
        Optional<ReportingCycleRecord> found = returns.cycle(cycle);
        if (found.isEmpty()) {
            return errors.notFound(request);
        }
        PublicationConsent consent = PublicationConsent.parse(change.publicationConsent() == null ? "" : change.publicationConsent());
        if (!returns.consent(officer.getName(), found.get(), stateOf(officer), consent)) {
            return errors.of(request, io.micronaut.http.HttpStatus.CONFLICT, "Not a draft",
                    "Only a draft's publication consent can be changed; a submitted or accepted version keeps the "
                            + "consent it was sent with. Amend the return to make a new draft.");
        }
        return HttpResponse.ok(view(found.get(), officer));
    }

    @Operation(summary = "Make a new draft version of a submitted, returned or accepted return")
    @Post("/{cycle}/amend")
    HttpResponse<?> amend(@PathVariable String cycle, @Body Action action, Authentication officer, HttpRequest<?> request) {
        return act(cycle, officer, request, found -> {
            returns.amend(officer.getName(), found, stateOf(officer), seen(action));
            return true;
        });
    }

    @Operation(summary = "Every version of your State's return in a cycle")
    @Get("/{cycle}/versions")
    List<ReviewItem> versions(@PathVariable String cycle, Authentication officer) {
        return versions.versions(cycle, stateOf(officer));
    }

    @Operation(summary = "One version: its lines (paged) and who changed what")
    @Get("/{cycle}/versions/{version}")
    HttpResponse<?> version(@PathVariable String cycle, @PathVariable int version, @QueryValue(defaultValue = "0") int offset,
                            @QueryValue(defaultValue = "100") int limit, Authentication officer, HttpRequest<?> request) {
        Optional<ReviewItem> item = versions.versions(cycle, stateOf(officer)).stream()
                .filter(found -> found.version() == version).findFirst();
        if (item.isEmpty()) {
            return errors.notFound(request);
        }
        int start = Math.max(0, offset);
        return HttpResponse.ok(new VersionView(item.get(), start,
                LineJson.of(lines.page(item.get().id(), start, Math.max(1, Math.min(1000, limit)))),
                history.of(item.get().id(), VersionController.HISTORY_SHOWN)));
    }

    private HttpResponse<?> act(String cycleCode, Authentication officer, HttpRequest<?> request,
                                Predicate<ReportingCycleRecord> action) {
        csrf.verifyApi(request);
        Optional<ReportingCycleRecord> cycle = returns.cycle(cycleCode);
        if (cycle.isEmpty()) {
            return errors.notFound(request);
        }
        // false: the action did not apply because the cycle is not open for reporting yet
        if (!action.test(cycle.get())) {
            return errors.of(request, io.micronaut.http.HttpStatus.CONFLICT, "Not open yet",
                    "Reporting for this cycle opens on " + cycle.get().getOpensOn() + ".");
        }
        return HttpResponse.ok(view(cycle.get(), officer));
    }

    private ReturnView view(ReportingCycleRecord cycle, Authentication officer) {
        String state = stateOf(officer);
        Optional<StateReturnRecord> latest = returns.latest(cycle.getId(), state);
        ReviewItem current = latest.flatMap(found -> versions.find(found.getId())).orElse(null);
        return new ReturnView(cycle.getCode(), cycle.getPeriodStart(), cycle.getPeriodEnd(), cycle.getOpensOn(),
                cycle.getDeadline(), current, latest.map(found -> returns.summary(found.getId())).orElse(List.of()),
                editing.draft(cycle.getCode(), state).map(warnings::of).orElse(List.of()));
    }

    private static long seen(Action action) {
        return action.lockVersion() == null ? -1 : action.lockVersion();
    }

    private static String stateOf(Authentication officer) {
        return (String) officer.getAttributes().get("state");
    }
}
