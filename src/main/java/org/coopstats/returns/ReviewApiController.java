package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.i18n.Text;
import org.coopstats.lines.LineJson;
import org.coopstats.lines.LineStore;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;
import org.coopstats.system.Message;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Secretariat's review through the API: read any State's submitted return, accept it or return it. */
@Controller("/api/review")
@Secured({"ANALYST", "ADMIN"})
@Tag(name = "Review")
class ReviewApiController {

    private final ReviewQueries queries;
    private final ReturnWorkflow workflow;
    private final LineStore lines;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    ReviewApiController(ReviewQueries queries, ReturnWorkflow workflow, LineStore lines, CsrfTokens csrf,
                        ErrorResponses errors) {
        this.queries = queries;
        this.workflow = workflow;
        this.lines = lines;
        this.csrf = csrf;
        this.errors = errors;
    }

    @Serdeable
    record Decision(@Nullable Long lockVersion, @Nullable String comment) {
    }

    @Operation(summary = "Returns waiting for a decision, oldest submission first")
    @Get
    List<ReviewItem> awaiting() {
        return queries.awaitingReview();
    }

    @Operation(summary = "One return version")
    @Get("/{id}")
    HttpResponse<?> show(@PathVariable long id, HttpRequest<?> request) {
        return queries.find(id).<HttpResponse<?>>map(HttpResponse::ok).orElseGet(() -> errors.notFound(request));
    }

    @Operation(summary = "The lines of one return version, in pages of up to 1000")
    @Get("/{id}/lines")
    HttpResponse<?> lines(@PathVariable long id, @QueryValue(defaultValue = "0") int offset,
                          @QueryValue(defaultValue = "100") int limit, HttpRequest<?> request) {
        Optional<ReviewItem> item = queries.find(id);
        if (item.isEmpty()) {
            return errors.notFound(request);
        }
        int start = Math.max(0, offset);
        return HttpResponse.ok(Map.of("total", item.get().lines(), "offset", start,
                "lines", LineJson.of(lines.page(id, start, Math.max(1, Math.min(1000, limit))))));
    }

    @Operation(summary = "Accept a submitted return (send the lockVersion you read)")
    @Post("/{id}/accept")
    HttpResponse<?> accept(@PathVariable long id, @Body Decision decision, Authentication analyst, HttpRequest<?> request) {
        csrf.verifyApi(request);
        if (queries.find(id).isEmpty()) {
            return errors.notFound(request);
        }
        workflow.accept(analyst.getName(), id, seen(decision));
        return HttpResponse.ok(queries.find(id).orElseThrow());
    }

    @Operation(summary = "Return a submitted return to its State with a comment")
    @Post("/{id}/return")
    HttpResponse<?> returnForCorrection(@PathVariable long id, @Body Decision decision, Authentication analyst,
                                        HttpRequest<?> request) {
        csrf.verifyApi(request);
        if (queries.find(id).isEmpty()) {
            return errors.notFound(request);
        }
        Optional<Message> problem = workflow.returnForCorrection(analyst.getName(), id, seen(decision), decision.comment());
        if (problem.isPresent()) {
            return errors.of(request, HttpStatus.UNPROCESSABLE_ENTITY, "Comment needed", problem.get().in(Text.ENGLISH));
        }
        return HttpResponse.ok(queries.find(id).orElseThrow());
    }

    private static long seen(Decision decision) {
        return decision.lockVersion() == null ? -1 : decision.lockVersion();
    }
}
