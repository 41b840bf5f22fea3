package org.coopstats.system;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller
class ErrorPages {

    private final ErrorResponses errors;

    ErrorPages(ErrorResponses errors) {
        this.errors = errors;
    }

    @Error(status = HttpStatus.FORBIDDEN, global = true)
    HttpResponse<?> forbidden(HttpRequest<?> request) {
        return errors.of(request, HttpStatus.FORBIDDEN, Message.of("system.forbidden.title"),
                Message.of("system.forbidden.message", Message.isolated(request.getPath())));
    }

    // No @Error route for 404: with one, a signed-in POST answered 404 while its body was still
    // arriving made Micronaut 4.10 spin on the event loop until the heap ran out
    // (micronaut-core#12940). NotFoundPages gives unmatched addresses their page instead.
}
