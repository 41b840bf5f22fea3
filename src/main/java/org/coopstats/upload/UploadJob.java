package org.coopstats.upload;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.i18n.Language;
import org.coopstats.lines.Message;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One upload being processed in the background, and what came of it. It belongs to one
 * State's return in one cycle; only officers of that State may see it. The worker thread
 * writes it, request threads read it.
 */
final class UploadJob {

    enum Status {
        /** waiting for another upload to finish */
        QUEUED,
        /** reading and checking the rows */
        CHECKING,
        /** every row passed; writing them in one transaction */
        WRITING,
        /** the lines are in the return */
        DONE,
        /** some rows have problems: nothing was written; the report lists them */
        REJECTED,
        /** the upload could not be completed (the return stopped being a draft, an error): nothing was written */
        FAILED;

        boolean finished() {
            return this == DONE || this == REJECTED || this == FAILED;
        }
    }

    /** Lines and cases in the return before and after the upload. */
    record Result(int linesBefore, long casesBefore, int linesAfter, long casesAfter) {
    }

    final String id;
    final String iso3;
    final String cycleCode;
    final long returnId;
    final String actor;
    final UploadMode mode;
    final String fileName;
    final long totalRows;
    /** The uploading officer's language, which the problem report is written in. */
    final Language language;
    final Instant created = Instant.now();
    final AtomicLong rowsRead = new AtomicLong();
    final AtomicLong rowsValidated = new AtomicLong();
    final AtomicLong rowsWritten = new AtomicLong();
    private volatile Status status = Status.QUEUED;
    private volatile Message message;
    private volatile Result result;
    private volatile ProblemReport report;
    private volatile Instant finished;

    UploadJob(String id, String iso3, String cycleCode, long returnId, String actor, UploadMode mode, String fileName,
              long totalRows, Language language) {
        this.id = id;
        this.iso3 = iso3;
        this.cycleCode = cycleCode;
        this.returnId = returnId;
        this.actor = actor;
        this.mode = mode;
        this.fileName = fileName;
        this.totalRows = totalRows;
        this.language = language;
    }

    Status status() {
        return status;
    }

    void checking(ProblemReport report) {
        this.report = report;
        this.status = Status.CHECKING;
    }

    void writing() {
        this.status = Status.WRITING;
    }

    void done(Result result) {
        this.result = result;
        finish(Status.DONE, null);
    }

    void rejected() {
        finish(Status.REJECTED, null);
    }

    void failed(Message message) {
        finish(Status.FAILED, message);
    }

    private void finish(Status status, @Nullable Message message) {
        this.message = message;
        this.finished = Instant.now();
        if (report != null) {
            report.close();
        }
        this.status = status;
    }

    @Nullable
    Message message() {
        return message;
    }

    @Nullable
    Result result() {
        return result;
    }

    @Nullable
    ProblemReport report() {
        return report;
    }

    /** When it finished; null while it runs. */
    @Nullable
    Instant finishedAt() {
        return finished;
    }

    List<Problem> problems() {
        return report == null ? List.of() : report.firstErrors();
    }
}
