package org.coopstats.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.Message;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/account/password")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Produces(MediaType.TEXT_HTML)
class PasswordController {

    private final PasswordChange passwordChange;
    private final CsrfTokens csrf;

    PasswordController(PasswordChange passwordChange, CsrfTokens csrf) {
        this.passwordChange = passwordChange;
        this.csrf = csrf;
    }

    @Get
    HttpResponse<?> form(Authentication user, HttpRequest<?> request) {
        return HttpResponse.ok(page(request, user, Map.of()));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(@Body PasswordChangeForm form, Authentication user, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Map<String, Message> problems = passwordChange.change(user.getName(), form);
        if (!problems.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(page(request, user, problems));
        }
        return HttpResponse.seeOther(URI.create("/sign-in?passwordChanged=true")).cookie(SessionCookie.cleared(request));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, Authentication user, Map<String, Message> problems) {
        Map<String, Object> model = new HashMap<>();
        model.put("csrf", csrf.tokenFor(request));
        model.put("problems", problems);
        model.put("mustChange", Boolean.TRUE.equals(user.getAttributes().get(SignInController.MUST_CHANGE_CLAIM)));
        return new ModelAndView<>("accounts/password", model);
    }
}
