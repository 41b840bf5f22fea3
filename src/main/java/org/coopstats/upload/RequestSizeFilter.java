package org.coopstats.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.coopstats.i18n.Text;
import org.coopstats.system.ErrorResponses;

import java.util.regex.Pattern;

/**
 * micronaut.server.max-request-size is raised for the uploads, but it applies to every address:
 * the others keep Micronaut's default of 10 MB for the requests that declare their length.
 * A refusal for size also closes the connection: a browser still sending a large file then
 * reads the refusal page, where it would otherwise wait for a server that stopped reading
 * (seen with Chromium above micronaut.server.max-request-size).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {

    static final long OTHER_REQUESTS_MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern UPLOADS = Pattern.compile("/returns/[^/]+/upload|/api/returns/[^/]+/uploads");

    private final ErrorResponses errors;

    RequestSizeFilter(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> refuseLargeBodies(HttpRequest<?> request) {
        if (request.getContentLength() > OTHER_REQUESTS_MAX_BYTES && !UPLOADS.matcher(request.getPath()).matches()) {
            Text t = PageLanguage.of(request);
            MutableHttpResponse<?> refusal = (MutableHttpResponse<?>) errors.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                    t.get("upload.requestTooLarge.title"), t.get("upload.requestTooLarge", t.number(OTHER_REQUESTS_MAX_BYTES / (1024 * 1024))));
            closeAfterSizeRefusal(refusal);
            return refusal;
        }
        return null;
    }

    @ResponseFilter
    void closeAfterSizeRefusal(MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            response.getHeaders().set("Connection", "close");
        }
    }
}
