package org.coopstats.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.views.View;
import org.coopstats.cycles.CycleQueries;

import java.time.LocalDate;
import java.util.Map;

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
