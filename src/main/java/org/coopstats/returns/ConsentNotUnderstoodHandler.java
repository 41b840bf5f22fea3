package org.coopstats.returns;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.coopstats.system.ErrorResponses;

@Produces
@Singleton
class ConsentNotUnderstoodHandler implements ExceptionHandler<ConsentNotUnderstoodException, HttpResponse<?>> {

    private final ErrorResponses errors;

    ConsentNotUnderstoodHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConsentNotUnderstoodException exception) {
        return errors.of(request, HttpStatus.BAD_REQUEST, "Publication consent not understood",
                exception.getMessage() + " Nothing was saved.");
    }
}
