package org.coopstats.returns;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import org.coopstats.i18n.TaxonomyLabels;

import java.util.Map;

/** An officer's dashboard: their own State's returns, cycle by cycle. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/returns")
@Secured("OFFICER")
class ReturnsController {

    private final ReturnQueries queries;
    private final TaxonomyLabels labels;

    ReturnsController(ReturnQueries queries, TaxonomyLabels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    @Get
    @View("returns/dashboard")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> dashboard(Authentication officer) {
        // the State comes from the signed session, never from the request
        String iso3 = (String) officer.getAttributes().get("state");
        return Map.of("stateIso3", iso3, "returns", queries.forState(iso3), "labels", labels);
    }
}
