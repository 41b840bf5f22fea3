package org.coopstats.lines;

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
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The officer's form for one case line of their State's draft: add, change, duplicate, delete.
 * A line of any other return, another State's included, is "not found".
 */
@io.swagger.v3.oas.annotations.Hidden // a page for people, not part of the JSON API
@Controller("/returns/{cycle}/lines")
@Secured("OFFICER")
@Produces(MediaType.TEXT_HTML)
class LineController {

    private final LineEditing editing;
    private final LineStore store;
    private final CodeLists codeLists;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    LineController(LineEditing editing, LineStore store, CodeLists codeLists, CsrfTokens csrf, ErrorResponses errors) {
        this.errors = errors;
        this.editing = editing;
        this.store = store;
        this.codeLists = codeLists;
        this.csrf = csrf;
    }

    @Get("/new")
    HttpResponse<?> newLine(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/returns/" + cycle));
        }
        return HttpResponse.ok(form(request, draft.get(), null, 0, LineInput.blank(), LineCheck.none(), null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@PathVariable String cycle, @Body Map<String, String> form, Authentication officer,
                        HttpRequest<?> request) {
        csrf.verify(request, form.get(CsrfTokens.FIELD));
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return notADraft(cycle);
        }
        LineInput input = LineInput.of(form);
        return answer(request, draft.get(), null, 0, input,
                editing.add(officer.getName(), draft.get(), input, confirmed(form)));
    }

    @Get("/{id}")
    HttpResponse<?> edit(@PathVariable String cycle, @PathVariable long id, Authentication officer, HttpRequest<?> request) {
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        Optional<StoredLine> line = draft.flatMap(found -> store.find(found.returnId(), id));
        if (line.isEmpty()) {
            return errors.notFound(request);
        }
        return HttpResponse.ok(form(request, draft.get(), id, line.get().lockVersion(), LineInput.of(line.get().line()),
                LineCheck.none(), null));
    }

    @Post(value = "/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable String cycle, @PathVariable long id, @Body Map<String, String> form,
                           Authentication officer, HttpRequest<?> request) {
        return onDraft(cycle, form, officer, request, draft -> {
            LineInput input = LineInput.of(form);
            long seen = lockVersion(form);
            return answer(request, draft, id, seen, input,
                    editing.update(officer.getName(), draft, id, seen, input, confirmed(form)));
        });
    }

    @Post(value = "/{id}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable String cycle, @PathVariable long id, @Body Map<String, String> form,
                           Authentication officer, HttpRequest<?> request) {
        return onDraft(cycle, form, officer, request, draft -> {
            LineChange change = editing.delete(officer.getName(), draft, id, lockVersion(form));
            if (change instanceof LineChange.Saved) {
                return HttpResponse.seeOther(URI.create("/returns/" + cycle + "?done=deleted#lines"));
            }
            return answer(request, draft, id, lockVersion(form), null, change);
        });
    }

    @Post(value = "/{id}/duplicate", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> duplicate(@PathVariable String cycle, @PathVariable long id, @Body Map<String, String> form,
                              Authentication officer, HttpRequest<?> request) {
        return onDraft(cycle, form, officer, request, draft -> {
            LineChange change = editing.duplicate(officer.getName(), draft, id);
            if (change instanceof LineChange.Saved saved) {
                // the copy opens straight away: a duplicate is made to be changed a little
                return HttpResponse.seeOther(URI.create("/returns/" + cycle + "/lines/" + saved.lineId() + "?copied=" + id));
            }
            return answer(request, draft, id, 0, null, change);
        });
    }

    /** Checks the form's token, then acts on the officer's draft; a line of no draft of theirs is "not found". */
    private HttpResponse<?> onDraft(String cycle, Map<String, String> form, Authentication officer, HttpRequest<?> request,
                                    Function<DraftReturn, HttpResponse<?>> action) {
        csrf.verify(request, form.get(CsrfTokens.FIELD));
        return editing.draft(cycle, stateOf(officer)).map(action).orElseGet(() -> errors.notFound(request));
    }

    private HttpResponse<?> answer(HttpRequest<?> request, DraftReturn draft, Long lineId, long seenLockVersion,
                                   LineInput input, LineChange change) {
        if (change instanceof LineChange.Saved) {
            return HttpResponse.seeOther(URI.create("/returns/" + draft.cycleCode() + "?done=saved#lines"));
        }
        if (change instanceof LineChange.Invalid invalid) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(form(request, draft, lineId, seenLockVersion, input, invalid.check(), null));
        }
        if (change instanceof LineChange.Conflict conflict) {
            // the officer's entries go back into the form, now naming the saved line's version
            StoredLine current = conflict.current();
            LineInput shown = input != null ? input : current != null ? LineInput.of(current.line()) : LineInput.blank();
            return HttpResponse.status(HttpStatus.CONFLICT).body(form(request, draft, current == null ? null : lineId,
                    current == null ? 0 : current.lockVersion(), shown, LineCheck.none(), conflict));
        }
        if (change instanceof LineChange.NotDraft) {
            return notADraft(draft.cycleCode());
        }
        return errors.notFound(request);
    }

    private ModelAndView<Map<String, Object>> form(HttpRequest<?> request, DraftReturn draft, Long lineId,
                                                   long lockVersion, LineInput input, LineCheck check,
                                                   LineChange.Conflict conflict) {
        Map<String, Object> model = new HashMap<>();
        model.put("cycle", draft.cycleCode());
        model.put("context", draft.context());
        model.put("lineId", lineId);
        model.put("lockVersion", lockVersion);
        model.put("input", input);
        model.put("errors", check.errors());
        model.put("warnings", check.warnings());
        model.put("conflict", conflict);
        model.put("codes", codeLists.codes());
        model.put("copiedFrom", request.getParameters().get("copied"));
        model.put("csrf", csrf.tokenFor(request));
        // the switcher reopens the form by GET: after a POST the request's own address is not a page
        if (request.getMethod() != io.micronaut.http.HttpMethod.GET) {
            model.put("here", "/returns/" + draft.cycleCode() + "/lines/" + (lineId == null ? "new" : lineId) + "?");
        }
        return new ModelAndView<>("lines/form", model);
    }

    private static HttpResponse<?> notADraft(String cycle) {
        // someone submitted the return meanwhile: its page says so and offers a new version
        return HttpResponse.seeOther(URI.create("/returns/" + cycle + "?done=not-draft"));
    }

    private static boolean confirmed(Map<String, String> form) {
        return "yes".equals(form.get("confirm_warnings"));
    }

    private static long lockVersion(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("lock_version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String stateOf(Authentication officer) {
        return (String) officer.getAttributes().get("state");
    }
}
