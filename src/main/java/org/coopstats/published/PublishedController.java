package org.coopstats.published;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.system.ErrorResponses;

import java.util.concurrent.CompletableFuture;

/**
 * The published editions for delegates and the public, without signing in: the list, each
 * cycle's latest edition, each edition at its own address, consenting States' pages, and every
 * table as CSV, SVG and PNG. Answers come from PublicPages' memory, validated by ETag.
 */
@Controller("/published")
@Secured(SecurityRule.IS_ANONYMOUS)
@io.swagger.v3.oas.annotations.Hidden // pages and files for people, not part of the JSON API
class PublishedController {

    private final PublicPages pages;

    PublishedController(PublicPages pages) {
        this.pages = pages;
    }

    @Get
    CompletableFuture<HttpResponse<?>> list(HttpRequest<?> request) {
        return answer(request, pages.list(LanguageChoice.of(request), request));
    }

    @Get("/{cycle}")
    CompletableFuture<HttpResponse<?>> latest(@PathVariable String cycle, HttpRequest<?> request) {
        return answer(request, pages.latest(cycle, LanguageChoice.of(request), request));
    }

    @Get("/{cycle}/{number}")
    CompletableFuture<HttpResponse<?>> edition(@PathVariable String cycle, @PathVariable String number, HttpRequest<?> request) {
        return answer(request, pages.edition(cycle, number, LanguageChoice.of(request), request));
    }

    @Get("/{cycle}/{number}/states/{iso3}")
    CompletableFuture<HttpResponse<?>> state(@PathVariable String cycle, @PathVariable String number,
                                             @PathVariable String iso3, HttpRequest<?> request) {
        return answer(request, pages.state(cycle, number, iso3, LanguageChoice.of(request), request));
    }

    @Get("/{cycle}/{number}/states/{iso3}/{file}")
    CompletableFuture<HttpResponse<?>> stateFile(@PathVariable String cycle, @PathVariable String number,
                                                 @PathVariable String iso3, @PathVariable String file, HttpRequest<?> request) {
        return answer(request, pages.stateFile(cycle, number, iso3, file, LanguageChoice.of(request), request));
    }

    @Get("/{cycle}/{number}/reports/{file}")
    CompletableFuture<HttpResponse<?>> reportFile(@PathVariable String cycle, @PathVariable String number,
                                                  @PathVariable String file, HttpRequest<?> request) {
        return answer(request, pages.reportFile(cycle, number, file, LanguageChoice.of(request), request));
    }

    private static CompletableFuture<HttpResponse<?>> answer(HttpRequest<?> request, CompletableFuture<Page> page) {
        return page.thenApply(found -> respond(request, found));
    }

    /** Whether Accept-Encoding names gzip without refusing it ("gzip;q=0" refuses it). */
    static boolean acceptsGzip(HttpRequest<?> request) {
        String accepted = request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        for (String coding : accepted.split(",")) {
            String[] parts = coding.split(";");
            if (parts[0].strip().equalsIgnoreCase("gzip")) {
                return java.util.Arrays.stream(parts).skip(1).map(String::strip)
                        .noneMatch(parameter -> parameter.matches("(?i)q=0(\\.0{0,3})?"));
            }
        }
        return false;
    }

    /**
     * The page, or 304 when the browser holds it already. The language may come from a cookie or
     * Accept-Language, so caches keep one copy per those headers.
     */
    static HttpResponse<?> respond(HttpRequest<?> request, Page page) {
        boolean gzip = page.gzipped() != null && acceptsGzip(request);
        // each encoding is its own representation, so its own strong validator
        String etag = gzip ? page.etag().replaceFirst("\"$", "-gz\"") : page.etag();
        MutableHttpResponse<?> response;
        if (page.status() == 200 && request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class)
                .map(tags -> tags.contains(etag)).orElse(false)) {
            response = HttpResponse.notModified();
        } else {
            response = HttpResponse.status(HttpStatus.valueOf(page.status())).body(gzip ? page.gzipped() : page.body())
                    .contentType(page.contentType());
            if (gzip) {
                response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        response.header(HttpHeaders.CACHE_CONTROL, page.cacheControl())
                .header(HttpHeaders.VARY, "Accept-Encoding, Accept-Language, Cookie");
        if (page.status() == 200) {
            response.header(HttpHeaders.ETAG, etag);
        }
        if (page.filename() != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + page.filename() + "\"");
        }
        return page.status() == 200 ? response : ErrorResponses.answered(response);
    }

}
