package org.coopstats.returns;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.audit.ReturnHistory;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.LineStore;
import org.coopstats.system.ErrorResponses;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every version of the officer's own return in a cycle stays readable: its lines and its history. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/returns/{cycle}/versions")
@Secured("OFFICER")
@Produces(MediaType.TEXT_HTML)
class VersionController {

    static final int HISTORY_SHOWN = 200;

    private final ReviewQueries queries;
    private final LineStore lines;
    private final ReturnHistory history;
    private final CodeLists codeLists;
    private final ErrorResponses errors;

    VersionController(ReviewQueries queries, LineStore lines, ReturnHistory history, CodeLists codeLists,
                      ErrorResponses errors) {
        this.queries = queries;
        this.lines = lines;
        this.history = history;
        this.codeLists = codeLists;
        this.errors = errors;
    }

    @Get
    HttpResponse<?> list(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        List<ReviewItem> versions = queries.versions(cycle, stateOf(officer));
        if (versions.isEmpty()) {
            return errors.notFound(request);
        }
        return HttpResponse.ok(new ModelAndView<>("returns/versions", Map.of("cycle", cycle, "versions", versions)));
    }

    @Get("/{version}")
    HttpResponse<?> show(@PathVariable String cycle, @PathVariable int version, Authentication officer,
                         HttpRequest<?> request) {
        Optional<ReviewItem> item = queries.versions(cycle, stateOf(officer)).stream()
                .filter(found -> found.version() == version).findFirst();
        if (item.isEmpty()) {
            return errors.notFound(request);
        }
        int page = OfficerReturnController.pageNumber(request, item.get().lines());
        Map<String, Object> model = new HashMap<>();
        model.put("item", item.get());
        model.put("lines", lines.page(item.get().id(), (page - 1) * OfficerReturnController.LINES_PER_PAGE,
                OfficerReturnController.LINES_PER_PAGE));
        model.put("page", page);
        model.put("pages", OfficerReturnController.pages(item.get().lines()));
        model.put("firstNumber", (page - 1) * OfficerReturnController.LINES_PER_PAGE + 1);
        model.put("codes", codeLists.codes());
        model.put("history", history.of(item.get().id(), HISTORY_SHOWN));
        model.put("base", "/returns/" + cycle + "/versions/" + version);
        return HttpResponse.ok(new ModelAndView<>("returns/version", model));
    }

    private static String stateOf(Authentication officer) {
        return (String) officer.getAttributes().get("state");
    }
}
