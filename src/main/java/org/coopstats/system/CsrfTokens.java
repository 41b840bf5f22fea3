package org.coopstats.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The token every form carries against cross-site request forgery. Signed in, it is derived
 * from the session, so it changes with each sign-in and dies with the session; before
 * signing in, from a random visitor cookie. Nothing is stored: the server recomputes it.
 */
@Singleton
public class CsrfTokens {

    public static final String FIELD = "csrf";
    public static final String API_HEADER = "X-CSRF-Token";
    private static final String SESSION_COOKIE = "coopstats_session";
    static final String VISITOR_COOKIE = "coopstats_visitor";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    CsrfTokens() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The token for the page being rendered; empty when the visitor has no cookie yet. */
    public String tokenFor(HttpRequest<?> request) {
        return seed(request).map(this::sign).orElse("");
    }

    public void verify(HttpRequest<?> request, String submitted) {
        String expected = tokenFor(request);
        if (expected.isEmpty() || submitted == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII))) {
            throw new CsrfRejectedException();
        }
    }

    /**
     * For the JSON API: a request with a bearer token and no session cookie carries its own
     * credential, which no other site can make a browser send; one with the session cookie must
     * name the session's token in the X-CSRF-Token header (GET /api/me gives it).
     */
    public void verifyApi(HttpRequest<?> request) {
        boolean bearer = request.getHeaders().getAuthorization()
                .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7)).isPresent();
        if (bearer && request.getCookies().findCookie(SESSION_COOKIE).isEmpty()) {
            return;
        }
        verify(request, request.getHeaders().get(API_HEADER));
    }

    /** A new visitor cookie when the request has none, to be set on the response. */
    public Optional<Cookie> visitorCookieIfMissing(HttpRequest<?> request) {
        if (request.getCookies().findCookie(VISITOR_COOKIE).isPresent()) {
            return Optional.empty();
        }
        byte[] value = new byte[24];
        RANDOM.nextBytes(value);
        return Optional.of(Cookie.of(VISITOR_COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(value))
                .httpOnly(true).sameSite(SameSite.Strict).path("/")
                .secure(request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"))));
    }

    /** The token a request with this visitor cookie will need (for the page that sets the cookie). */
    public String tokenForVisitor(Cookie visitor) {
        return sign("visitor:" + visitor.getValue());
    }

    private Optional<String> seed(HttpRequest<?> request) {
        Optional<Authentication> user = request.getUserPrincipal(Authentication.class);
        if (user.isPresent() && user.get().getAttributes().get("sid") instanceof String session) {
            return Optional.of("session:" + session);
        }
        return request.getCookies().findCookie(VISITOR_COOKIE).map(cookie -> "visitor:" + cookie.getValue());
    }

    private String sign(String seed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
