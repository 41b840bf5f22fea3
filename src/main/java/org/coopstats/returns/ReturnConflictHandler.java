package org.coopstats.returns;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.coopstats.audit.ReturnHistory;
import org.coopstats.system.ErrorResponses;

@Produces
@Singleton
class ReturnConflictHandler implements ExceptionHandler<ReturnConflictException, HttpResponse<?>> {

    private final ErrorResponses errors;
    private final ReturnHistory history;

    ReturnConflictHandler(ErrorResponses errors, ReturnHistory history) {
        this.errors = errors;
        this.history = history;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ReturnConflictException exception) {
        String what = exception.returnId() == null ? "" : history.of(exception.returnId(), 1).stream().findFirst()
                .map(last -> " The last change: " + last.actor() + " " + last.description() + " at "
                        + last.happenedAt().toString().replace('T', ' ') + " (UTC).")
                .orElse("");
        return errors.of(request, HttpStatus.CONFLICT, "Someone else has already acted on this return",
                "Another person changed this return after you opened it, so your action was not saved." + what
                        + " Open the return again to see where it stands now.");
    }
}
