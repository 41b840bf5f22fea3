package org.coopstats.system;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.util.Map;

/** An error answered as a page to a browser and as JSON to an API client. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static HttpResponse<?> of(HttpRequest<?> request, HttpStatus status, String title, String message) {
        if (wantsHtml(request)) {
            return HttpResponse.status(status)
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(new ModelAndView<>("system/error",
                            Map.of("status", status.getCode(), "title", title, "message", message)));
        }
        return HttpResponse.status(status)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(new ErrorBody(status.getCode(), title, message));
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
