package org.coopstats.upload;

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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import org.coopstats.i18n.Language;
import org.coopstats.system.CsrfTokens;
import org.coopstats.system.ErrorResponses;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;

/**
 * The upload for a State's own system: POST the CSV file as the body, then follow the status
 * URL until the upload is finished. Same rules and limits as the upload page; messages in English,
 * beside the column codes and statuses that systems read.
 */
@Controller("/api/returns/{cycle}/uploads")
@Secured("OFFICER")
class UploadApiController {

    private final Uploads uploads;
    private final CsrfTokens csrf;
    private final ErrorResponses errors;

    UploadApiController(Uploads uploads, CsrfTokens csrf, ErrorResponses errors) {
        this.uploads = uploads;
        this.csrf = csrf;
        this.errors = errors;
    }

    @Serdeable
    record Accepted(String id, String status, String statusUrl, String page) {
    }

    @Post(consumes = "text/csv", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> upload(@PathVariable String cycle, @Nullable @QueryValue String mode, @Nullable @QueryValue String name,
                           @Body InputStream body, Authentication officer, HttpRequest<?> request) throws IOException {
        try (body) {
            // a browser's session cookie alone must not replace a draft's lines
            csrf.verifyApi(request);
            Optional<Uploads.Target> target = uploads.target(cycle, stateOf(officer));
            if (target.isEmpty()) {
                return errors.notFound(request);
            }
            Optional<UploadMode> chosen = UploadMode.of(mode);
            if (chosen.isEmpty()) {
                return errors.of(request, HttpStatus.BAD_REQUEST, "Mode required",
                        "Add ?mode=replace to replace the lines of the return with the file, or ?mode=add to add them.");
            }
            UploadJob job = uploads.receive(officer.getName(), stateOf(officer), Uploads.draftOf(target.get()), chosen.get(),
                    FileNames.clean(name == null ? "upload.csv" : name), body,
                    request.getContentLength() < 0 ? null : request.getContentLength(), Language.EN);
            String statusUrl = "/api/returns/" + job.cycleCode + "/uploads/" + job.id;
            return HttpResponse.accepted(URI.create(statusUrl))
                    .body(new Accepted(job.id, job.status().name(), statusUrl, UploadStatus.of(job).page()));
        } catch (UploadRefusedException refused) {
            return errors.of(request, refused.status(), "File refused", refused.getMessage());
        }
    }

    @Get("/{id}")
    HttpResponse<?> status(@PathVariable String cycle, @PathVariable String id, Authentication officer) {
        return uploads.find(id, stateOf(officer), cycle)
                .<HttpResponse<?>>map(job -> HttpResponse.ok(UploadStatus.forApi(job)))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/{id}/report.csv")
    HttpResponse<?> report(@PathVariable String cycle, @PathVariable String id, Authentication officer) {
        return uploads.find(id, stateOf(officer), cycle)
                .flatMap(UploadReports::download)
                .orElseGet(HttpResponse::notFound);
    }

    private static String stateOf(Authentication officer) {
        // the State comes from the signed session, never from the request
        return (String) officer.getAttributes().get("state");
    }
}
