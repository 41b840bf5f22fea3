package org.coopstats.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.records.ReportingCycleRecord;
import org.coopstats.db.tables.records.StateReturnRecord;
import org.coopstats.i18n.Language;
import org.coopstats.lines.DraftReturn;
import org.coopstats.lines.LineEditing;
import org.coopstats.lines.LineStore;
import org.coopstats.lines.Message;
import org.coopstats.returns.OfficerReturns;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes an uploaded file for a State's draft: refuses what can be refused at once (a return
 * that cannot change, a file too large, not UTF-8, a header that does not fit the template)
 * and hands the rest to a background job. The pages and the API both come through here.
 */
@Singleton
class Uploads {

    /** Room for the multipart boundaries and the other form fields around the file itself. */
    static final long FORM_OVERHEAD = 64 * 1024;

    private final OfficerReturns returns;
    private final LineEditing editing;
    private final LineStore lines;
    private final UploadJobs jobs;
    private final UploadSettings settings;

    Uploads(OfficerReturns returns, LineEditing editing, LineStore lines, UploadJobs jobs, UploadSettings settings) {
        this.returns = returns;
        this.editing = editing;
        this.lines = lines;
        this.jobs = jobs;
        this.settings = settings;
    }

    /** Where an upload of this State in this cycle would go; empty when the cycle does not exist. */
    @Transactional(readOnly = true)
    Optional<Target> target(String cycleCode, String iso3) {
        Optional<ReportingCycleRecord> cycle = returns.cycle(cycleCode);
        if (cycle.isEmpty()) {
            return Optional.empty();
        }
        Optional<DraftReturn> draft = editing.draft(cycleCode, iso3);
        StateReturnRecord latest = draft.isPresent() ? null : returns.latest(cycle.get().getId(), iso3).orElse(null);
        return Optional.of(new Target(cycle.get(), draft.orElse(null), latest == null ? null : latest.getStatus(),
                draft.map(d -> lines.count(d.returnId())).orElse(0)));
    }

    /** The draft, or why no upload can go into this return. */
    static DraftReturn draftOf(Target target) throws UploadRefusedException {
        if (target.draft() != null) {
            return target.draft();
        }
        if (target.status() == null) {
            throw new UploadRefusedException(HttpStatus.CONFLICT, "file", Message.of("upload.noReturn", target.cycle().getCode()));
        }
        throw new UploadRefusedException(HttpStatus.CONFLICT, "file", Message.of("upload.notDraft",
                Message.of("upload.returnStatus." + target.status())));
    }

    /** @param language the officer's, for the problem report; English for the API */
    UploadJob receive(String actor, String iso3, DraftReturn draft, UploadMode mode, String fileName, InputStream body,
                      @Nullable Long contentLength, Language language) throws UploadRefusedException, IOException {
        if (contentLength != null && contentLength > settings.maxBytes() + FORM_OVERHEAD) {
            throw CsvByteCheck.tooLarge(settings);
        }
        if (jobs.unfinished(iso3) >= UploadJobs.UNFINISHED_PER_STATE) {
            throw new UploadRefusedException(HttpStatus.TOO_MANY_REQUESTS, "file",
                    Message.of("upload.tooManyUploads", UploadJobs.UNFINISHED_PER_STATE));
        }
        IncomingCsv file = IncomingCsv.receive(body, settings);
        try {
            CsvLayout layout = CsvLayout.read(file.path());
            if (file.rows() == 0) {
                throw UploadRefusedException.file("upload.noLines");
            }
            UploadJob job = new UploadJob(UUID.randomUUID().toString(), iso3, draft.cycleCode(), draft.returnId(), actor,
                    mode, fileName, file.rows(), language);
            jobs.start(job, file, layout, draft.context());
            return job;
        } catch (UploadRefusedException | IOException | RuntimeException e) {
            file.delete();
            throw e;
        }
    }

    Optional<UploadJob> find(String id, String iso3, String cycleCode) {
        return jobs.find(id, iso3, cycleCode);
    }

    /**
     * The return an upload page is about.
     *
     * @param draft  the draft the lines would go into; null when there is none
     * @param status the status of the latest version when it is not a draft; null when there is no return
     * @param lines  the draft's lines now
     */
    record Target(ReportingCycleRecord cycle, @Nullable DraftReturn draft, @Nullable String status, int lines) {
    }
}
