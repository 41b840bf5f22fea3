package org.coopstats.home;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import org.coopstats.cycles.CycleQueries;

import java.time.LocalDate;
import java.util.Map;

@Secured(SecurityRule.IS_ANONYMOUS)
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller
class HomeController {

    private final CycleQueries cycles;

    HomeController(CycleQueries cycles) {
        this.cycles = cycles;
    }

    @Get
    @View("home/home")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> home() {
        return Map.of("cycles", cycles.summaries(), "today", LocalDate.now());
    }
}
