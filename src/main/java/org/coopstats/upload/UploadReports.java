package org.coopstats.upload;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.types.files.SystemFile;

import java.util.Optional;

/** The full problem report of a finished upload, as a CSV download. */
final class UploadReports {

    private UploadReports() {
    }

    static Optional<HttpResponse<?>> download(UploadJob job) {
        ProblemReport report = job.report();
        if (report == null || !job.status().finished()) {
            return Optional.empty();
        }
        SystemFile file = new SystemFile(report.path().toFile(), io.micronaut.http.MediaType.of("text/csv; charset=utf-8"))
                .attach("upload-" + job.id.substring(0, 8) + "-problems.csv");
        return Optional.of(HttpResponse.ok(file));
    }
}
