package org.coopstats.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;
import org.coopstats.system.Message;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Administrators create accounts, change role and State, disable them and reset passwords. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/admin/accounts")
@Secured("ADMIN")
@Produces(MediaType.TEXT_HTML)
class AccountAdminController {

    private final AccountRepository accounts;
    private final AccountAdministration administration;
    private final TaxonomyLabels labels;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    AccountAdminController(AccountRepository accounts, AccountAdministration administration, TaxonomyLabels labels,
                           CsrfTokens csrf, ErrorResponses errors) {
        this.errors = errors;
        this.accounts = accounts;
        this.administration = administration;
        this.labels = labels;
        this.csrf = csrf;
    }

    @Get
    ModelAndView<Map<String, Object>> list(HttpRequest<?> request) {
        List<Account> all = accounts.findAll().stream()
                .sorted(java.util.Comparator.comparing(Account::role).thenComparing(Account::email)).toList();
        return new ModelAndView<>("accounts/adminList", Map.of("accounts", all));
    }

    @Get("/new")
    ModelAndView<Map<String, Object>> newAccount(HttpRequest<?> request) {
        return form(request, null, AccountForm.empty(), Map.of(), Map.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body AccountForm form, Authentication admin, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Map<String, Message> problems = administration.create(admin.getName(), form);
        if (!problems.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(request, null, form, problems, Map.of()));
        }
        return HttpResponse.seeOther(URI.create("/admin/accounts"));
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable long id, HttpRequest<?> request) {
        return administration.find(id)
                .<HttpResponse<?>>map(account -> HttpResponse.ok(form(request, account, AccountForm.of(account), Map.of(), Map.of())))
                .orElseGet(() -> errors.notFound(request));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @Body AccountForm form, Authentication admin, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Account account = administration.find(id).orElse(null);
        if (account == null) {
            return errors.notFound(request);
        }
        Map<String, Message> problems = administration.update(admin.getName(), id, form);
        if (!problems.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(request, account, form, problems, Map.of()));
        }
        return HttpResponse.seeOther(URI.create("/admin/accounts"));
    }

    @Post(value = "/{id}/password", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(@PathVariable long id, @Body AccountForm form, Authentication admin, HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        Account account = administration.find(id).orElse(null);
        if (account == null) {
            return errors.notFound(request);
        }
        Map<String, Message> problems = administration.resetPassword(admin.getName(), id, form.temporaryPassword());
        if (!problems.isEmpty()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(form(request, account, AccountForm.of(account), Map.of(), problems));
        }
        return HttpResponse.seeOther(URI.create("/admin/accounts"));
    }

    private ModelAndView<Map<String, Object>> form(HttpRequest<?> request, Account account, AccountForm form,
                                                   Map<String, Message> problems, Map<String, Message> resetProblems) {
        Map<String, Object> model = new HashMap<>();
        model.put("account", account);
        model.put("form", form);
        model.put("problems", problems);
        model.put("resetProblems", resetProblems);
        model.put("labels", labels);
        model.put("csrf", csrf.tokenFor(request));
        return new ModelAndView<>("accounts/adminForm", model);
    }
}
