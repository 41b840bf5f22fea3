package org.coopstats.upload;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.coopstats.i18n.Text;
import org.coopstats.lines.Message;
import org.coopstats.system.ErrorResponses;

/**
 * A request larger than Micronaut's own limit (micronaut.server.max-request-size, above the
 * upload limit) is refused before any controller sees it: say so in our page or JSON, with
 * the limit people can act on, instead of Micronaut's default page.
 */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class TooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

    private final ErrorResponses errors;
    private final UploadSettings settings;

    TooLargeHandler(ErrorResponses errors, UploadSettings settings) {
        this.errors = errors;
        this.settings = settings;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
        Text t = PageLanguage.of(request);
        return errors.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, t.get("upload.tooLarge.title"),
                Message.of("upload.join", CsvByteCheck.tooLarge(settings).said(),
                        Message.of("upload.nothingSaved")).in(t));
    }
}
