package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.audit.ReturnHistory;
import org.coopstats.completeness.CompletenessLinks;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.LineStore;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;
import org.coopstats.system.Message;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The Secretariat's review: accept a submitted return, or return it with a comment. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/review")
@Secured({"ANALYST", "ADMIN"})
@Produces(MediaType.TEXT_HTML)
class ReviewController {

    private final ReviewQueries queries;
    private final ReturnWorkflow workflow;
    private final LineStore lines;
    private final CodeLists codeLists;
    private final ReturnHistory history;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;
    private final TaxonomyLabels labels;

    ReviewController(ReviewQueries queries, ReturnWorkflow workflow, LineStore lines, CodeLists codeLists,
                     ReturnHistory history, CsrfTokens csrf, ErrorResponses errors, TaxonomyLabels labels) {
        this.errors = errors;
        this.labels = labels;
        this.queries = queries;
        this.workflow = workflow;
        this.lines = lines;
        this.codeLists = codeLists;
        this.history = history;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("returns/reviewList", Map.of("items", queries.awaitingReview(), "labels", labels));
    }

    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id, @Nullable @QueryValue String from, HttpRequest<?> request) {
        return queries.find(id)
                .<HttpResponse<?>>map(item -> HttpResponse.ok(page(request, item, null, "", fromCompleteness(from))))
                .orElseGet(() -> errors.notFound(request));
    }

    @Post(value = "/{id}/accept", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> accept(@PathVariable long id, @Nullable @QueryValue String from, @Body ReviewForm form,
                           Authentication analyst, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Optional<ReviewItem> item = queries.find(id);
        if (item.isEmpty()) {
            return errors.notFound(request);
        }
        workflow.accept(analyst.getName(), id, form.lockVersion() == null ? -1 : form.lockVersion());
        return HttpResponse.seeOther(URI.create(afterDecision(item.get(), fromCompleteness(from))));
    }

    @Post(value = "/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnForCorrection(@PathVariable long id, @Nullable @QueryValue String from, @Body ReviewForm form,
                                        Authentication analyst, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Optional<ReviewItem> item = queries.find(id);
        if (item.isEmpty()) {
            return errors.notFound(request);
        }
        Optional<Message> problem = workflow.returnForCorrection(analyst.getName(), id,
                form.lockVersion() == null ? -1 : form.lockVersion(), form.comment());
        if (problem.isPresent()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(page(request, item.get(), problem.get(), form.comment() == null ? "" : form.comment(),
                            fromCompleteness(from)));
        }
        return HttpResponse.seeOther(URI.create(afterDecision(item.get(), fromCompleteness(from))));
    }

    /** Only the one known value counts, and the way back is built from the return's own cycle, never from the request. */
    private static boolean fromCompleteness(String from) {
        return CompletenessLinks.FROM.equals(from);
    }

    private static String afterDecision(ReviewItem item, boolean fromCompleteness) {
        return fromCompleteness ? CompletenessLinks.page(item.cycle()) + "#state-" + item.stateIso3() : "/review";
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ReviewItem item, Message commentProblem,
                                                   String comment, boolean fromCompleteness) {
        Map<String, Object> model = new HashMap<>();
        model.put("item", item);
        model.put("backTo", fromCompleteness ? CompletenessLinks.page(item.cycle()) : null);
        model.put("commentProblem", commentProblem);
        model.put("comment", comment);
        int page = OfficerReturnController.pageNumber(request, item.lines());
        int perPage = OfficerReturnController.LINES_PER_PAGE;
        model.put("lines", lines.page(item.id(), (page - 1) * perPage, perPage));
        model.put("page", page);
        model.put("pages", OfficerReturnController.pages(item.lines()));
        model.put("firstNumber", (page - 1) * perPage + 1);
        model.put("codes", codeLists.codes());
        model.put("history", history.of(item.id(), VersionController.HISTORY_SHOWN));
        model.put("csrf", csrf.tokenFor(request));
        model.put("labels", labels);
        return new ModelAndView<>("returns/review", model);
    }
}
