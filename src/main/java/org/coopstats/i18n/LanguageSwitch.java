package org.coopstats.i18n;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * A page opened with ?lang=xx remembers the choice in a cookie, so the next page the person
 * opens, without the parameter, stays in that language.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class LanguageSwitch {

    @ResponseFilter
    public void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        LanguageChoice.fromAddress(request).ifPresent(language -> response.cookie(Cookie.of(LanguageChoice.COOKIE, language.code())
                .path("/").maxAge(Duration.ofDays(365)).sameSite(SameSite.Lax).httpOnly(true)));
    }

    /**
     * The request's path and query without lang=, to which the switcher adds lang=xx: the same page
     * in another language. Always a path on this site.
     */
    public static String addressWithout(HttpRequest<?> request) {
        String query = request.getParameters().asMap().entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(LanguageChoice.PARAMETER))
                .flatMap(parameter -> parameter.getValue().stream().map(value -> encode(parameter.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
        return request.getPath() + (query.isEmpty() ? "?" : "?" + query + "&");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
