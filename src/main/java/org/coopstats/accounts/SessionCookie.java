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
        return Cookie.of(NAME, token).httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure())
                .path("/").maxAge(lifetime);
    }

    static Cookie cleared(HttpRequest<?> request) {
        return Cookie.of(NAME, "").httpOnly(true).sameSite(SameSite.Lax).secure(request.isSecure())
                .path("/").maxAge(0);
    }
}
