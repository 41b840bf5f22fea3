package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;

import java.net.URI;
import java.util.Set;

/** After an administrator reset the password, the account may do nothing but choose a new one. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class MustChangePasswordFilter implements io.micronaut.core.order.Ordered {

    private static final Set<String> ALLOWED = Set.of("/account/password", "/sign-out", "/health");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> redirect(HttpRequest<?> request) {
        boolean mustChange = request.getUserPrincipal(Authentication.class)
                .map(user -> Boolean.TRUE.equals(user.getAttributes().get(SignInController.MUST_CHANGE_CLAIM)))
                .orElse(false);
        String path = request.getPath();
        if (!mustChange || ALLOWED.contains(path) || path.startsWith("/static/")) {
            return null;
        }
        return HttpResponse.seeOther(URI.create("/account/password"));
    }
}
