package org.coopstats.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.coopstats.system.CsrfTokens;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller
@Produces(MediaType.TEXT_HTML)
class SignInController {

    static final String MUST_CHANGE_CLAIM = SessionTokens.MUST_CHANGE_CLAIM;
    static final String REFUSED = "accounts.signIn.refused";
    static final String THROTTLED = "accounts.signIn.throttled";

    private final SignIn signIn;
    private final SessionStore sessions;
    private final SessionTokens sessionTokens;
    private final CsrfTokens csrf;

    SignInController(SignIn signIn, SessionStore sessions, SessionTokens sessionTokens, CsrfTokens csrf) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.sessionTokens = sessionTokens;
        this.csrf = csrf;
    }

    @Get("/sign-in")
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> form(HttpRequest<?> request, @QueryValue(defaultValue = "false") boolean signedOut,
                         @QueryValue(defaultValue = "false") boolean passwordChanged) {
        Optional<Cookie> visitor = csrf.visitorCookieIfMissing(request);
        String token = visitor.map(csrf::tokenForVisitor).orElseGet(() -> csrf.tokenFor(request));
        Map<String, Object> model = page(token, "", null);
        model.put("notice", passwordChanged ? "accounts.signIn.passwordChanged" : signedOut ? "accounts.signIn.signedOut" : null);
        MutableHttpResponse<?> response = HttpResponse.ok(new ModelAndView<>("accounts/signIn", model));
        visitor.ifPresent(response::cookie);
        return response;
    }

    @Post(value = "/sign-in", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_ANONYMOUS)
    HttpResponse<?> signIn(@Body SignInForm form, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        SignIn.Result result = signIn.attempt(form.email(), form.password(), request.getRemoteAddress().getAddress().getHostAddress());
        if (result instanceof SignIn.SignedIn signedIn) {
            Account account = signedIn.account();
            String token = sessionTokens.issue(account, signedIn.sessionId());
            URI next = URI.create(account.mustChangePassword() ? "/account/password" : "/account");
            return HttpResponse.seeOther(next).cookie(SessionCookie.of(token, sessions.lifetime(), request));
        }
        boolean throttled = result instanceof SignIn.Throttled;
        return HttpResponse.status(throttled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("accounts/signIn",
                        page(csrf.tokenFor(request), form.email() == null ? "" : form.email(), throttled ? THROTTLED : REFUSED)));
    }

    @Post(value = "/sign-out", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> signOut(@Body CsrfOnlyForm form, Authentication user, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        if (user.getAttributes().get(ActiveSessionValidator.SESSION_CLAIM) instanceof String session) {
            sessions.revoke(session);
        }
        return HttpResponse.seeOther(URI.create("/sign-in?signedOut=true")).cookie(SessionCookie.cleared(request));
    }

    private static Map<String, Object> page(String csrfToken, String email, String error) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", csrfToken);
        model.put("email", email);
        model.put("error", error);
        model.put("notice", null);
        return model;
    }
}
