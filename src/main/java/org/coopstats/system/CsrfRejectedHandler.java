package org.coopstats.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

@Produces
@Singleton
@Requires(classes = {CsrfRejectedException.class, ExceptionHandler.class})
class CsrfRejectedHandler implements ExceptionHandler<CsrfRejectedException, HttpResponse<?>> {

    private final ErrorResponses errors;

    CsrfRejectedHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, CsrfRejectedException exception) {
        return errors.of(request, HttpStatus.FORBIDDEN, Message.of("system.expired.title"), Message.of("system.expired.message"));
    }
}
