package org.coopstats.returns;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.coopstats.audit.ReturnHistory;
import org.coopstats.system.ErrorResponses;
import org.coopstats.system.Message;

import java.util.Optional;

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
        Message message = Optional.ofNullable(exception.returnId())
                .flatMap(id -> history.of(id, 1).stream().findFirst())
                .map(last -> Message.of("returns.conflict.messageWithLast",
                        Message.of("returns.history." + last.action(), Message.isolated(last.actor())), last.happenedAt()))
                .orElse(Message.of("returns.conflict.message"));
        return errors.of(request, HttpStatus.CONFLICT, Message.of("returns.conflict.title"), message);
    }
}
