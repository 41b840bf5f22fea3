package org.coopstats.cycles;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.Message;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/admin/cycles")
@Secured("ADMIN")
@Produces(MediaType.TEXT_HTML)
class CycleAdminController {

    private final CycleQueries queries;
    private final CycleAdministration administration;
    private final CsrfTokens csrf;

    CycleAdminController(CycleQueries queries, CycleAdministration administration, CsrfTokens csrf) {
        this.queries = queries;
        this.administration = administration;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<Map<String, Object>> list() {
        return new ModelAndView<>("cycles/adminList", Map.of("cycles", queries.summaries(), "today", LocalDate.now()));
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> newCycle(HttpRequest<?> request) {
        return form(request, CycleForm.empty(), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(@Body CycleForm form, Authentication admin, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Map<String, Message> problems = administration.open(admin.getName(), form);
        if (!problems.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(request, form, problems));
        }
        return HttpResponse.seeOther(URI.create("/admin/cycles"));
    }

    private ModelAndView<Map<String, Object>> form(HttpRequest<?> request, CycleForm form, Map<String, Message> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("problems", problems);
        model.put("csrf", csrf.tokenFor(request));
        return new ModelAndView<>("cycles/adminForm", model);
    }
}
