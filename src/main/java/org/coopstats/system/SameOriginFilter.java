package org.coopstats.system;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.net.URI;
import java.util.Set;

/**
 * Refuses a state-changing request that a browser says came from another site (Origin, or
 * Referer when Origin is absent). With the form tokens of CsrfTokens, the second wall
 * against cross-site request forgery.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SameOriginFilter implements io.micronaut.core.order.Ordered {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    private final ErrorResponses errors;

    SameOriginFilter(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    /** A browser sends cookies; an API client with a bearer token sends none and is not at risk. */
    private static boolean fromABrowser(HttpRequest<?> request) {
        return request.getHeaders().contains("Cookie");
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseCrossSite(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String source = request.getHeaders().get("Origin");
        if (source == null) {
            source = request.getHeaders().get("Referer");
        }
        if (source == null ? !fromABrowser(request) : sameOrigin(source, request)) {
            return null;
        }
        // a browser always names the origin of a POST; "null" (a sandboxed frame) and silence
        // are treated as another site
        return errors.of(request, HttpStatus.FORBIDDEN, Message.of("system.crossSite.title"),
                Message.of("system.crossSite.message"));
    }

    private static boolean sameOrigin(String source, HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        try {
            // host and port only: behind a TLS-terminating proxy the service itself sees http
            URI uri = URI.create(source);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && uri.getHost() != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
