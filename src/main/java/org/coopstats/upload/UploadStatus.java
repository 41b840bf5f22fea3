package org.coopstats.upload;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.coopstats.i18n.Text;
import org.coopstats.lines.Message;

import java.util.List;

/**
 * Where an upload stands, as the status page and the API show it.
 *
 * @param status         QUEUED, CHECKING, WRITING, then DONE, REJECTED (rows with problems:
 *                       nothing written) or FAILED (nothing written; message says why)
 * @param totalRows      case lines in the file, counted while it arrived
 * @param problems       the first problems; problemCount counts them all, the report lists them all
 * @param rowsWithWarnings rows with a date far outside the period; they do not stop the upload
 * @param linesBefore    lines in the return before the upload (then after it); null until DONE
 * @param page           the page that shows the upload to a person
 * @param report         the CSV list of every problem and warning, once the upload is finished
 * @param failure        why it FAILED, for a page to say in its language (message is the English)
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UploadStatus(String id, String cycle, String status, boolean finished, String mode, String fileName,
                           long totalRows, long rowsRead, long rowsValidated, long rowsWritten,
                           @Nullable String message, long problemCount, List<Problem> problems,
                           long rowsWithWarnings, List<Problem> warnings,
                           @Nullable Integer linesBefore, @Nullable Long casesBefore,
                           @Nullable Integer linesAfter, @Nullable Long casesAfter,
                           String page, @Nullable String report, @JsonIgnore @Nullable Message failure) {

    static UploadStatus of(UploadJob job) {
        return of(job, "/returns/" + job.cycleCode + "/uploads/" + job.id);
    }

    /** With the report under the API's address, for API clients. */
    static UploadStatus forApi(UploadJob job) {
        return of(job, "/api/returns/" + job.cycleCode + "/uploads/" + job.id);
    }

    private static UploadStatus of(UploadJob job, String base) {
        UploadJob.Status status = job.status();
        ProblemReport report = job.report();
        UploadJob.Result result = job.result();
        String page = "/returns/" + job.cycleCode + "/uploads/" + job.id;
        return new UploadStatus(job.id, job.cycleCode, status.name(), status.finished(), job.mode.code(), job.fileName,
                job.totalRows, job.rowsRead.get(), job.rowsValidated.get(), job.rowsWritten.get(),
                job.message() == null ? null : job.message().in(Text.ENGLISH), report == null ? 0 : report.errorCount(), job.problems(),
                report == null ? 0 : report.rowsWithWarnings(), report == null ? List.of() : report.firstWarnings(),
                result == null ? null : result.linesBefore(), result == null ? null : result.casesBefore(),
                result == null ? null : result.linesAfter(), result == null ? null : result.casesAfter(),
                page, status.finished() && report != null ? base + "/report.csv" : null, job.message());
    }

    public boolean done() {
        return "DONE".equals(status);
    }

    public boolean rejected() {
        return "REJECTED".equals(status);
    }

    /** Per cent of the work done, for the progress bar: checking is the first half, writing the second. */
    public int percent() {
        if (finished) {
            return 100;
        }
        if (totalRows == 0) {
            return 0;
        }
        return (int) Math.min(99, (rowsValidated * 50 + rowsWritten * 50) / totalRows);
    }
}
