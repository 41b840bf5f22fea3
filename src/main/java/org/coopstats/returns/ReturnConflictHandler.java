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
class ReturnConflictHandler implements ExceptionHandler<ReturnConflictException, HttpResponse<?>> {

    private final ErrorResponses errors;

    ReturnConflictHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ReturnConflictException exception) {
        return errors.of(request, HttpStatus.CONFLICT, "Someone else has already acted on this return",
                "Another person changed this return after you opened it, so your action was not saved. "
                        + "Open the return again to see where it stands now.");
    }
}
