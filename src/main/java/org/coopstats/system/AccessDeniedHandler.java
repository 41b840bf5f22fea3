package org.coopstats.system;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * What the security layer answers: a browser that is not signed in is sent to sign in, an API
 * client gets a 401; a signed-in person without the right role gets our 403 page.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AccessDeniedHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final ErrorResponses errors;

    AccessDeniedHandler(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return (MutableHttpResponse<?>) errors.of(request, HttpStatus.FORBIDDEN, Message.of("system.forbidden.title"),
                    Message.of("system.forbidden.message", Message.isolated(request.getPath())));
        }
        boolean browser = !request.getPath().startsWith("/api/") && request.getHeaders().accept().stream()
                .anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
        if (browser) {
            return HttpResponse.seeOther(URI.create("/sign-in"));
        }
        return (MutableHttpResponse<?>) errors.of(request, HttpStatus.UNAUTHORIZED, Message.of("system.signInRequired.title"),
                Message.of("system.signInRequired.message"));
    }
}
