package org.coopstats.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.system.CsrfTokens;

import java.util.HashMap;
import java.util.Map;

/** The signed-in person's own page: who they are, what they may do, and the way out. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/account")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AccountController {

    private final AccountRepository accounts;
    private final TaxonomyLabels labels;
    private final CsrfTokens csrf;

    AccountController(AccountRepository accounts, TaxonomyLabels labels, CsrfTokens csrf) {
        this.accounts = accounts;
        this.labels = labels;
        this.csrf = csrf;
    }

    @Get
    @View("accounts/account")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> account(Authentication user, HttpRequest<?> request) {
        Account account = accounts.findByEmail(user.getName()).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("labels", labels);
        model.put("csrf", csrf.tokenFor(request));
        return model;
    }
}
