package org.coopstats.system;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

@Secured(SecurityRule.IS_ANONYMOUS)
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller
class ErrorPages {

    private final ErrorResponses errors;

    ErrorPages(ErrorResponses errors) {
        this.errors = errors;
    }

    @Error(status = HttpStatus.FORBIDDEN, global = true)
    HttpResponse<?> forbidden(HttpRequest<?> request) {
        return errors.of(request, HttpStatus.FORBIDDEN, "You cannot open this page",
                "Your account does not give access to " + request.getPath() + ". If you need it, ask the Secretariat.");
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        return errors.notFound(request);
    }
}
