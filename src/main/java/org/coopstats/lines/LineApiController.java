package org.coopstats.lines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.coopstats.i18n.Text;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case lines of the officer's own draft, for States that report from their own systems.
 * The same rules and answers as the form: 422 with messages per column, 409 with the line as
 * saved now when someone changed it, 404 for any line that is not this State's draft's.
 */
@Controller("/api/returns/{cycle}/lines")
@Secured("OFFICER")
@Tag(name = "Case lines")
class LineApiController {

    static final int MAX_PAGE = 1000;

    private final LineEditing editing;
    private final LineStore store;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;
    private final CodeLists codeLists;

    LineApiController(LineEditing editing, LineStore store, CodeLists codeLists, CsrfTokens csrf, ErrorResponses errors) {
        this.codeLists = codeLists;
        this.editing = editing;
        this.store = store;
        this.csrf = csrf;
        this.errors = errors;
    }

    @Operation(summary = "List the lines of the draft, in pages of up to 1000")
    @Get
    HttpResponse<?> list(@PathVariable String cycle, @QueryValue(defaultValue = "0") int offset,
                         @QueryValue(defaultValue = "100") int limit, Authentication officer, HttpRequest<?> request) {
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return noDraft(request);
        }
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        return HttpResponse.ok(Map.of("total", store.count(draft.get().returnId()), "offset", Math.max(0, offset),
                "lines", LineJson.of(store.page(draft.get().returnId(), Math.max(0, offset), size))));
    }

    @Operation(summary = "Read one line")
    @Get("/{id}")
    HttpResponse<?> show(@PathVariable String cycle, @PathVariable long id, Authentication officer, HttpRequest<?> request) {
        return editing.draft(cycle, stateOf(officer))
                .flatMap(draft -> store.find(draft.returnId(), id))
                .<HttpResponse<?>>map(line -> HttpResponse.ok(LineJson.of(line)))
                .orElseGet(() -> errors.notFound(request));
    }

    @Operation(summary = "Add a line",
            description = "Keys are the column codes of /csv/template.csv; case_count may be a number. "
                    + "Dates far outside the period are warnings: send confirmWarnings: true to save anyway.")
    @Post
    HttpResponse<?> add(@PathVariable String cycle, @Body Map<String, Object> body, Authentication officer,
                        HttpRequest<?> request) {
        csrf.verifyApi(request);
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return noDraft(request);
        }
        return unknownKeys(body, request).orElseGet(() -> answer(request, draft.get(),
                editing.add(officer.getName(), draft.get(), LineInput.of(body), confirmed(body)), HttpStatus.CREATED));
    }

    @Operation(summary = "Change a line", description = "Send the lockVersion you read; 409 if someone changed it since.")
    @Put("/{id}")
    HttpResponse<?> update(@PathVariable String cycle, @PathVariable long id, @Body Map<String, Object> body,
                           Authentication officer, HttpRequest<?> request) {
        csrf.verifyApi(request);
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return errors.notFound(request);
        }
        return unknownKeys(body, request).orElseGet(() -> answer(request, draft.get(), editing.update(officer.getName(),
                draft.get(), id, lockVersion(body.get("lockVersion")), LineInput.of(body), confirmed(body)), HttpStatus.OK));
    }

    @Operation(summary = "Delete a line", description = "Send the lockVersion you read as a query parameter.")
    @Delete("/{id}")
    HttpResponse<?> delete(@PathVariable String cycle, @PathVariable long id, @Nullable @QueryValue("lockVersion") String lockVersion,
                           Authentication officer, HttpRequest<?> request) {
        csrf.verifyApi(request);
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return errors.notFound(request);
        }
        LineChange change = editing.delete(officer.getName(), draft.get(), id, lockVersion(lockVersion));
        return change instanceof LineChange.Saved ? HttpResponse.noContent() : answer(request, draft.get(), change, HttpStatus.OK);
    }

    @Operation(summary = "Copy a line into a new line")
    @Post("/{id}/duplicate")
    HttpResponse<?> duplicate(@PathVariable String cycle, @PathVariable long id, Authentication officer,
                              HttpRequest<?> request) {
        csrf.verifyApi(request);
        Optional<DraftReturn> draft = editing.draft(cycle, stateOf(officer));
        if (draft.isEmpty()) {
            return errors.notFound(request);
        }
        return answer(request, draft.get(), editing.duplicate(officer.getName(), draft.get(), id), HttpStatus.CREATED);
    }

    private HttpResponse<?> answer(HttpRequest<?> request, DraftReturn draft, LineChange change, HttpStatus saved) {
        if (change instanceof LineChange.Saved done) {
            StoredLine line = store.find(draft.returnId(), done.lineId()).orElseThrow();
            return HttpResponse.status(saved).body(LineJson.of(line))
                    .headers(headers -> headers.location(URI.create("/api/returns/" + draft.cycleCode() + "/lines/" + line.id())));
        }
        if (change instanceof LineChange.Invalid invalid) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 422);
            body.put("title", invalid.check().hasErrors() ? "The line was not saved" : "Confirm the warnings");
            body.put("message", invalid.check().hasErrors()
                    ? "Correct the values named in errors."
                    : "Check the values named in warnings; send confirmWarnings: true if they are right.");
            // in English: systems read the column codes, and people read the API's documentation in English
            LineText english = codeLists.codes().in(Text.ENGLISH);
            body.put("errors", LineCheck.plain(invalid.check().errors(), english));
            body.put("warnings", LineCheck.plain(invalid.check().warnings(), english));
            return HttpResponse.unprocessableEntity().body(body);
        }
        if (change instanceof LineChange.Conflict conflict) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 409);
            body.put("title", "Someone else changed this line");
            body.put("message", conflict.current() == null
                    ? "The line was deleted after you read it. Nothing was saved."
                    : "The line changed after you read it. Nothing was saved; compare with current and send again with its lockVersion.");
            body.put("changedBy", conflict.changedBy());
            body.put("changedAt", conflict.changedAt() == null ? null : conflict.changedAt().toString());
            body.put("current", conflict.current() == null ? null : LineJson.of(conflict.current()));
            return HttpResponse.status(HttpStatus.CONFLICT).body(body);
        }
        if (change instanceof LineChange.NotDraft) {
            return noDraft(request);
        }
        return errors.notFound(request);
    }

    private HttpResponse<?> noDraft(HttpRequest<?> request) {
        return errors.of(request, HttpStatus.CONFLICT, "No draft to change",
                "This return has no draft: start it, or make a new version of the submitted one (POST /api/returns/{cycle}/amend).");
    }

    private Optional<HttpResponse<?>> unknownKeys(Map<String, Object> body, HttpRequest<?> request) {
        List<String> unknown = LineJson.unknownKeys(body);
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(errors.of(request, HttpStatus.UNPROCESSABLE_ENTITY, "Unknown fields",
                "These fields are not columns of a case line: " + String.join(", ", unknown) + ". The columns are: "
                        + String.join(", ", LineInput.COLUMNS) + "."));
    }

    private static boolean confirmed(Map<String, Object> body) {
        Object value = body.get("confirmWarnings");
        return Boolean.TRUE.equals(value) || "true".equals(value) || "yes".equals(value);
    }

    private static long lockVersion(Object value) {
        try {
            return value == null ? -1 : Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String stateOf(Authentication officer) {
        return (String) officer.getAttributes().get("state");
    }
}
