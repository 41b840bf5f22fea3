package org.coopstats.publication;

import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.accounts.Account;
import org.coopstats.accounts.AccountRepository;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** The Secretariat's publication page: what each cycle's next edition would count, and the button that publishes it. */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/publication")
@Secured({"ANALYST", "ADMIN"})
@Produces(MediaType.TEXT_HTML)
class PublicationController {

    private final PublicationQueries queries;
    private final Editions editions;
    private final Publisher publisher;
    private final AccountRepository accounts;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    PublicationController(PublicationQueries queries, Editions editions, Publisher publisher, AccountRepository accounts,
                          CsrfTokens csrf, ErrorResponses errors) {
        this.queries = queries;
        this.editions = editions;
        this.publisher = publisher;
        this.accounts = accounts;
        this.csrf = csrf;
        this.errors = errors;
    }

    /** published and edition name the edition just published (after the redirect); anything else shows no notice. */
    @Get
    ModelAndView<Map<String, Object>> page(@Nullable @QueryValue String published, @Nullable @QueryValue Integer edition,
                                           HttpRequest<?> request) {
        Edition done = published == null || edition == null ? null : editions.find(published, edition).orElse(null);
        return view(request, done, null);
    }

    @Post(value = "/{cycle}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@PathVariable String cycle, @Body PublishForm form, Authentication analyst,
                            HttpRequest<?> request) {
        csrf.verify(request, form.csrf());
        if (publisher.next(cycle).isEmpty()) {
            return errors.notFound(request);
        }
        try {
            Long analystId = accounts.findByEmail(analyst.getName()).map(Account::id).orElse(null);
            Edition made = publisher.publish(cycle, analystId, form.note());
            return HttpResponse.seeOther(URI.create("/publication?published=" + PublicationPage.segment(made.cycle())
                    + "&edition=" + made.number() + "#" + "cycle-" + PublicationPage.segment(made.cycle())));
        } catch (PublicationRefusedException refused) {
            var refusal = new PublicationPage.Refusal(cycle, refused.key(), refused.arguments(),
                    form.note() == null ? "" : form.note());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(request, null, refusal));
        }
    }

    private ModelAndView<Map<String, Object>> view(HttpRequest<?> request, @Nullable Edition published,
                                                   @Nullable PublicationPage.Refusal refusal) {
        var cycles = queries.standings().stream()
                .map(standing -> new PublicationPage.CycleView(standing, editions.of(standing.code()),
                        publisher.next(standing.code()).orElseThrow()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("page", new PublicationPage(queries.statesParties(), cycles, published, refusal));
        model.put("csrf", csrf.tokenFor(request));
        return new ModelAndView<>("publication/page", model);
    }
}
