package org.coopstats.i18n;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which language a request is answered in: ?lang= when the address carries it (a shared link keeps
 * its language), then the language the person chose before (a cookie), then the browser's
 * Accept-Language, then English.
 */
public final class LanguageChoice {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "coopstats_lang";

    private LanguageChoice() {
    }

    public static Language of(HttpRequest<?> request) {
        return fromAddress(request)
                .or(() -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue).flatMap(Language::of))
                .or(() -> fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE)))
                .orElse(Language.EN);
    }

    public static Optional<Language> fromAddress(HttpRequest<?> request) {
        return request.getParameters().getFirst(PARAMETER).flatMap(Language::of);
    }

    /** The first of the six languages in the header, by the weights the browser gave. */
    static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        return Arrays.stream(header.split(","))
                .map(WeightedTag::parse)
                .filter(tag -> tag.weight() > 0)
                .sorted(Comparator.comparingDouble(WeightedTag::weight).reversed())
                .map(tag -> Language.of(tag.tag()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private record WeightedTag(String tag, double weight) {

        static WeightedTag parse(String part) {
            String[] pieces = part.trim().split(";");
            double weight = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String piece = pieces[i].trim();
                if (piece.startsWith("q=")) {
                    try {
                        weight = Double.parseDouble(piece.substring(2));
                    } catch (NumberFormatException badWeight) {
                        weight = 0;
                    }
                }
            }
            return new WeightedTag(pieces[0].trim(), weight);
        }
    }
}
