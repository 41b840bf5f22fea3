package org.coopstats.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * The not-found page (HTML for people, JSON under /api/) for an address no route matches:
 * it replaces Micronaut's default answer on the way out, because a 404 error route is what
 * triggered micronaut-core#12940. Handlers answer their own 404s with ErrorResponses.notFound.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class NotFoundPages implements Ordered {

    private final ErrorResponses errors;

    NotFoundPages(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        // inside the security headers filter, so the replacement still gets its headers
        return ServerFilterPhase.RENDERING.order();
    }

    @ResponseFilter
    @Nullable
    HttpResponse<?> notFoundPage(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getStatus() != HttpStatus.NOT_FOUND || ErrorResponses.isOurs(response)) {
            return null;
        }
        return errors.notFound(request);
    }
}
