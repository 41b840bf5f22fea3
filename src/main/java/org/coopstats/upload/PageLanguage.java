package org.coopstats.upload;

import io.micronaut.http.HttpRequest;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.i18n.Text;

/** The language of an answer made outside a view: the reader's for pages, English under /api/. */
final class PageLanguage {

    private PageLanguage() {
    }

    static Text of(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/") ? Text.ENGLISH : Text.of(LanguageChoice.of(request));
    }
}
