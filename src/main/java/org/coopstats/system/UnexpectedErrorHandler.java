package org.coopstats.system;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.coopstats.i18n.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The last resort for exceptions no specific handler took. A data rule the database enforced
 * becomes a 422 with a plain message; anything else is logged in full and answered with a
 * 500 page that carries no stack trace or SQL text.
 */
@Produces
@Singleton
@Requires(classes = {Exception.class, ExceptionHandler.class})
class UnexpectedErrorHandler implements ExceptionHandler<Exception, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    private final ErrorResponses errors;

    UnexpectedErrorHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Exception exception) {
        Optional<Message> ruleBroken = ConstraintMessages.explainMessage(exception);
        if (ruleBroken.isPresent()) {
            LOG.info("Refused data on {} {}: {}", request.getMethod(), request.getPath(), ruleBroken.get().in(Text.ENGLISH));
            return errors.of(request, HttpStatus.UNPROCESSABLE_ENTITY, Message.of("system.refused.title"), ruleBroken.get());
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), exception);
        return errors.of(request, HttpStatus.INTERNAL_SERVER_ERROR, Message.of("system.unexpected.title"),
                Message.of("system.unexpected.message"));
    }
}
