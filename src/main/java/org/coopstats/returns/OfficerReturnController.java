package org.coopstats.returns;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.db.tables.records.ReportingCycleRecord;
import org.coopstats.db.tables.records.StateReturnRecord;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.LineEditing;
import org.coopstats.lines.LineStore;
import org.coopstats.lines.RemainingWarnings;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** One cycle's return of the officer's own State: start it, check it, submit it. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/returns/{cycle}")
@Secured("OFFICER")
@Produces(MediaType.TEXT_HTML)
class OfficerReturnController {

    static final int LINES_PER_PAGE = 100;

    private final OfficerReturns returns;
    private final LineStore lines;
    private final LineEditing editing;
    private final RemainingWarnings warnings;
    private final CodeLists codeLists;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;
    private final TaxonomyLabels labels;

    OfficerReturnController(OfficerReturns returns, LineStore lines, LineEditing editing, RemainingWarnings warnings,
                            CodeLists codeLists, CsrfTokens csrf, ErrorResponses errors, TaxonomyLabels labels) {
        this.errors = errors;
        this.labels = labels;
        this.returns = returns;
        this.lines = lines;
        this.editing = editing;
        this.warnings = warnings;
        this.codeLists = codeLists;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> show(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        return page(cycle, officer, request, "returns/return");
    }

    @Get("/submit")
    HttpResponse<?> confirm(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        return page(cycle, officer, request, "returns/submit");
    }

    @Post(value = "/start", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> start(@PathVariable String cycle, @Body ReviewForm form, Authentication officer, HttpRequest<?> request) {
        return act(cycle, form, request, found -> returns.start(officer.getName(), found, stateOf(officer)));
    }

    @Post(value = "/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(@PathVariable String cycle, @Body SubmitForm form, Authentication officer, HttpRequest<?> request) {
        ReviewForm seen = new ReviewForm(form.lockVersion(), null, form.csrf());
        return act(cycle, seen, request, found -> returns.submit(officer.getName(), found, stateOf(officer), seen(seen),
                PublicationConsent.parse(form.publicationConsent())));
    }

    @Post(value = "/amend", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> amend(@PathVariable String cycle, @Body ReviewForm form, Authentication officer, HttpRequest<?> request) {
        return act(cycle, form, request, found -> returns.amend(officer.getName(), found, stateOf(officer), seen(form)));
    }

    /** Post/redirect/get for every action on the return: token, cycle, action, back to the return. */
    private HttpResponse<?> act(String cycleCode, ReviewForm form, HttpRequest<?> request,
                                Consumer<ReportingCycleRecord> action) {
        csrf.verify(request, form.csrf());
        Optional<ReportingCycleRecord> cycle = returns.cycle(cycleCode);
        if (cycle.isEmpty()) {
            return errors.notFound(request);
        }
        action.accept(cycle.get());
        return HttpResponse.seeOther(URI.create("/returns/" + cycle.get().getCode()));
    }

    private static long seen(ReviewForm form) {
        return form.lockVersion() == null ? -1 : form.lockVersion();
    }

    private HttpResponse<?> page(String cycleCode, Authentication officer, HttpRequest<?> request, String view) {
        Optional<ReportingCycleRecord> cycle = returns.cycle(cycleCode);
        if (cycle.isEmpty()) {
            return errors.notFound(request);
        }
        StateReturnRecord current = returns.latest(cycle.get().getId(), stateOf(officer)).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("cycle", cycle.get());
        model.put("current", current);
        model.put("summary", current == null ? List.of() : returns.summary(current.getId()));
        model.put("open", !LocalDate.now().isBefore(cycle.get().getOpensOn()));
        model.put("late", LocalDate.now().isAfter(cycle.get().getDeadline()));
        int total = current == null ? 0 : lines.count(current.getId());
        int pages = pages(total);
        int page = pageNumber(request, total);
        model.put("lines", current == null ? List.of() : lines.page(current.getId(), (page - 1) * LINES_PER_PAGE, LINES_PER_PAGE));
        model.put("lineTotal", total);
        model.put("page", page);
        model.put("pages", pages);
        model.put("firstNumber", (page - 1) * LINES_PER_PAGE + 1);
        model.put("codes", codeLists.codes());
        model.put("done", request.getParameters().get("done"));
        model.put("warnings", view.equals("returns/submit")
                ? editing.draft(cycle.get().getCode(), stateOf(officer)).map(warnings::of).orElse(List.of())
                : List.of());
        model.put("csrf", csrf.tokenFor(request));
        model.put("labels", labels);
        return HttpResponse.ok(new ModelAndView<>(view, model));
    }

    static int pages(int lines) {
        return Math.max(1, (lines + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
    }

    /** The page asked for, kept between the first and the last, whatever the address says. */
    static int pageNumber(HttpRequest<?> request, int lines) {
        return Math.min(pages(lines), Math.max(1, request.getParameters().getFirst("page", Integer.class).orElse(1)));
    }

    private static String stateOf(Authentication officer) {
        // the State comes from the signed session, never from the request
        return (String) officer.getAttributes().get("state");
    }
}
