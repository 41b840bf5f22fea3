package org.coopstats.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

/** Sign-in for a State's own system: a bearer token tied to a session row, revocable like a browser's. */
@Controller("/api")
@Tag(name = "Sign-in")
class TokenController {

    private final SignIn signIn;
    private final SessionTokens sessionTokens;
    private final SessionStore sessions;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    TokenController(SignIn signIn, SessionTokens sessionTokens, SessionStore sessions, CsrfTokens csrf,
                    ErrorResponses errors) {
        this.signIn = signIn;
        this.sessionTokens = sessionTokens;
        this.sessions = sessions;
        this.csrf = csrf;
        this.errors = errors;
    }

    @Serdeable
    record Credentials(@Nullable String email, @Nullable String password) {
    }

    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record IssuedToken(String token, String tokenType, long expiresInSeconds, String role, @Nullable String state) {
    }

    @Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Me(String email, String role, @Nullable String state, String csrfToken) {
    }

    @Operation(summary = "Exchange an email and password for a bearer token",
            description = "Failed attempts are throttled per account and per address, as in the browser. "
                    + "An account that must change its password does so in the browser first.")
    @Post("/tokens")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> issue(@Body Credentials credentials, HttpRequest<?> request) {
        SignIn.Result result = signIn.attempt(credentials.email(), credentials.password(),
                request.getRemoteAddress().getAddress().getHostAddress());
        if (result instanceof SignIn.Throttled) {
            return errors.of(request, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts",
                    "Too many failed sign-ins. Wait 15 minutes, then try again.");
        }
        if (!(result instanceof SignIn.SignedIn signedIn)) {
            return errors.of(request, HttpStatus.UNAUTHORIZED, "Sign-in refused",
                    "The email address or the password is not right.");
        }
        Account account = signedIn.account();
        if (account.mustChangePassword()) {
            sessions.revoke(signedIn.sessionId());
            return errors.of(request, HttpStatus.FORBIDDEN, "Password change needed",
                    "Sign in once in the browser and choose a new password; then ask for a token again.");
        }
        return HttpResponse.created(new IssuedToken(sessionTokens.issue(account, signedIn.sessionId()), "Bearer",
                sessions.lifetime().toSeconds(), account.role().name(), account.stateIso3()));
    }

    @Operation(summary = "End the session of this token (or of the browser's cookie)")
    @Delete("/tokens/current")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> revoke(Authentication user, HttpRequest<?> request) {
        csrf.verifyApi(request);
        if (user.getAttributes().get(ActiveSessionValidator.SESSION_CLAIM) instanceof String session) {
            sessions.revoke(session);
        }
        return HttpResponse.noContent();
    }

    @Operation(summary = "Who is signed in, and the CSRF token a cookie-authenticated change must send")
    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Me me(Authentication user, HttpRequest<?> request) {
        return new Me(user.getName(), user.getRoles().iterator().next(), (String) user.getAttributes().get("state"),
                csrf.tokenFor(request));
    }
}
