package org.coopstats.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import org.coopstats.i18n.LanguageChoice;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.DraftReturn;
import org.coopstats.lines.Message;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The upload form of a State's draft, and the page that follows one upload while it runs
 * (it reloads itself every two seconds: no script needed) and shows its result or its report.
 */
@Controller("/returns/{cycle}")
@Secured("OFFICER")
@Produces(MediaType.TEXT_HTML)
class UploadController {

    private final Uploads uploads;
    private final CsrfTokens csrf;
    private final UploadSettings settings;
    private final ErrorResponses errors;
    private final CodeLists codeLists;

    UploadController(Uploads uploads, CsrfTokens csrf, UploadSettings settings, ErrorResponses errors, CodeLists codeLists) {
        this.errors = errors;
        this.codeLists = codeLists;
        this.uploads = uploads;
        this.csrf = csrf;
        this.settings = settings;
    }

    @Get("/upload")
    HttpResponse<?> form(@PathVariable String cycle, Authentication officer, HttpRequest<?> request) {
        return uploads.target(cycle, stateOf(officer))
                .<HttpResponse<?>>map(target -> HttpResponse.ok(form(target, null, Map.of(), request)))
                .orElseGet(HttpResponse::notFound);
    }

    /**
     * The form sends csrf and mode before the file (an empty mode when neither is chosen), so
     * both are known before the file is read; the file is then streamed to disk and checked on
     * the way, never held in memory.
     */
    @Post(value = "/upload", consumes = MediaType.MULTIPART_FORM_DATA)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> upload(@PathVariable String cycle, @Nullable @Part("csrf") String token,
                           @Nullable @Part("mode") String mode, StreamingFileUpload file,
                           Authentication officer, HttpRequest<?> request) throws IOException {
        csrf.verify(request, token);
        Optional<Uploads.Target> target = uploads.target(cycle, stateOf(officer));
        if (target.isEmpty()) {
            return errors.notFound(request);
        }
        Map<String, Message> problems = new LinkedHashMap<>();
        Optional<UploadMode> chosen = UploadMode.of(mode);
        if (chosen.isEmpty()) {
            problems.put("mode", Message.of("upload.chooseMode"));
        }
        if (file == null || file.getFilename() == null || file.getFilename().isBlank()) {
            problems.put("file", Message.of("upload.chooseFile"));
        }
        if (!problems.isEmpty()) {
            return HttpResponse.unprocessableEntity().body(form(target.get(), mode, problems, request));
        }
        try (InputStream body = file.asInputStream()) {
            DraftReturn draft = Uploads.draftOf(target.get());
            UploadJob job = uploads.receive(officer.getName(), stateOf(officer), draft, chosen.get(),
                    FileNames.clean(file.getFilename()), body,
                    request.getContentLength() < 0 ? null : request.getContentLength(), LanguageChoice.of(request));
            return HttpResponse.seeOther(URI.create("/returns/" + target.get().cycle().getCode() + "/uploads/" + job.id));
        } catch (UploadRefusedException refused) {
            return HttpResponse.status(refused.status())
                    .body(form(target.get(), mode, Map.of(refused.field(), refused.said()), request));
        }
    }

    @Get("/uploads/{id}")
    HttpResponse<?> progress(@PathVariable String cycle, @PathVariable String id, Authentication officer) {
        return uploads.find(id, stateOf(officer), cycle)
                .<HttpResponse<?>>map(job -> HttpResponse.ok(
                        new ModelAndView<>("upload/progress", Map.of("upload", UploadStatus.of(job), "codes", codeLists.codes()))))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/uploads/{id}/report.csv")
    @Produces("text/csv")
    HttpResponse<?> report(@PathVariable String cycle, @PathVariable String id, Authentication officer) {
        return uploads.find(id, stateOf(officer), cycle)
                .<HttpResponse<?>>flatMap(UploadReports::download)
                .orElseGet(HttpResponse::notFound);
    }

    private ModelAndView<Map<String, Object>> form(Uploads.Target target, @Nullable String mode, Map<String, Message> problems,
                                                   HttpRequest<?> request) {
        Map<String, Object> model = new HashMap<>();
        model.put("cycle", target.cycle());
        model.put("draft", target.draft() != null);
        model.put("status", target.status());
        model.put("lines", target.lines());
        model.put("mode", mode == null ? "" : mode);
        model.put("problems", problems);
        model.put("maxSize", settings.maxSize());
        model.put("maxRows", settings.maxRows());
        model.put("csrf", csrf.tokenFor(request));
        // the switcher reopens the form by GET: after a POST the request's own address is not a page
        model.put("here", "/returns/" + target.cycle().getCode() + "/upload?");
        return new ModelAndView<>("upload/form", model);
    }

    private static String stateOf(Authentication officer) {
        // the State comes from the signed session, never from the request
        return (String) officer.getAttributes().get("state");
    }
}
