package org.coopstats.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Headers that tell browsers to run only our own scripts and styles and never frame us. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements io.micronaut.core.order.Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // outermost, so the headers reach every answer: redirects and refusals of the security
    // filter and of SameOriginFilter included
    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (!request.getPath().startsWith("/static/") && !response.getHeaders().contains("Cache-Control")) {
            // pages can show a State's unpublished figures: never keep them in a shared cache, unless
            // the page said otherwise itself (published editions, which are public and never change)
            response.getHeaders().set("Cache-Control", "no-store");
        }
        response.getHeaders()
                .set("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "same-origin")
                .set("X-Frame-Options", "DENY");
    }
}
