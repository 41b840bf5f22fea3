package org.coopstats.system;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.i18n.LanguageSwitch;
import org.coopstats.i18n.Text;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An error answered as a page to a browser and as JSON to an API client. The page is rendered
 * here rather than returned as a view because responses from exception handlers do not pass
 * through the views filter (nor, so, through the model processor that gives pages their
 * language): the page is put in the request's language here, the JSON stays in English.
 */
@Singleton
public class ErrorResponses {

    private static final String VIEW = "system/error";

    private final ViewsRendererLocator renderers;

    ErrorResponses(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    /**
     * The not-found answer, rendered here: there is no 404 error route to leave it to
     * (see ErrorPages and NotFoundPages).
     */
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        return of(request, HttpStatus.NOT_FOUND, Message.of("system.notFound.title"),
                Message.of("system.notFound.message", Message.isolated(request.getPath())));
    }

    private static final String MADE_HERE = "coopstats.error-response";

    /** Marks an error answer made elsewhere (a page in the reader's language) so NotFoundPages leaves it as it is. */
    public static <T> MutableHttpResponse<T> answered(MutableHttpResponse<T> response) {
        response.setAttribute(MADE_HERE, true);
        return response;
    }

    /** True for an answer this class made, as opposed to Micronaut's default error page. */
    static boolean isOurs(HttpResponse<?> response) {
        return response.getAttribute(MADE_HERE).isPresent();
    }

    /** Title and message in the words of the request's language on a page, in English in JSON. */
    public HttpResponse<?> of(HttpRequest<?> request, HttpStatus status, Message title, Message message) {
        Text words = wantsHtml(request) ? Text.of(LanguageChoice.of(request)) : Text.ENGLISH;
        return of(request, status, title.in(words), message.in(words));
    }

    /** Title and message already in words (the page around them is still in the request's language). */
    public HttpResponse<?> of(HttpRequest<?> request, HttpStatus status, String title, String message) {
        if (wantsHtml(request)) {
            Map<String, Object> model = new HashMap<>();
            model.put("status", status.getCode());
            model.put("title", title);
            model.put("message", message);
            model.put("t", Text.of(LanguageChoice.of(request)));
            // the same address in another language is only worth offering when it can be opened again
            model.put("here", request.getMethod() == HttpMethod.GET ? LanguageSwitch.addressWithout(request) : null);
            return HttpResponse.status(status)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(page(request, model))
                    .setAttribute(MADE_HERE, true);
        }
        return HttpResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorBody(status.getCode(), title, message))
                .setAttribute(MADE_HERE, true);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private String page(HttpRequest<?> request, Map<String, Object> model) {
        ViewsRenderer renderer = renderers.resolveViewsRenderer(VIEW, MediaType.TEXT_HTML, model)
                .orElseThrow(() -> new IllegalStateException("no renderer for " + VIEW));
        StringWriter html = new StringWriter();
        try {
            renderer.render(VIEW, model, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }

    private static boolean wantsHtml(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return false;
        }
        return request.getHeaders().accept().stream()
                .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }

    @Serdeable
    record ErrorBody(int status, String error, String message) {
    }
}
