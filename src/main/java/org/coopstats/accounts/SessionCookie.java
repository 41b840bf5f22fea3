package org.coopstats.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.time.Duration;

/** The signed-in cookie: HttpOnly, SameSite=Lax, Secure whenever the page came over HTTPS. */
final class SessionCookie {

    static final String NAME = "coopstats_session";

    private SessionCookie() {
    }

    static Cookie of(String token, Duration lifetime, HttpRequest<?> request) {
        return Cookie.of(NAME, token).httpOnly(true).sameSite(SameSite.Lax).secure(overHttps(request))
                .path("/").maxAge(lifetime);
    }

    static Cookie cleared(HttpRequest<?> request) {
        return Cookie.of(NAME, "").httpOnly(true).sameSite(SameSite.Lax).secure(overHttps(request))
                .path("/").maxAge(0);
    }

    /**
     * HTTPS to the service, or to the TLS-terminating proxy in front of it. Believing the
     * proxy's header can only add the Secure flag, never remove it, so it is safe to trust.
     */
    static boolean overHttps(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
