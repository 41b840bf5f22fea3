package org.coopstats.reference;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.List;

@Secured(SecurityRule.IS_ANONYMOUS)
@io.swagger.v3.oas.annotations.tags.Tag(name = "Reference data")
@Controller("/api")
class ReferenceController {

    private final ReferenceQueries queries;

    ReferenceController(ReferenceQueries queries) {
        this.queries = queries;
    }

    @Get("/states")
    List<StateView> states() {
        return queries.states();
    }

    @Get("/taxonomies")
    List<Taxonomy> taxonomies() {
        return queries.taxonomies();
    }
}
