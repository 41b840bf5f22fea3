package org.coopstats.upload;

import jakarta.inject.Singleton;
import org.coopstats.i18n.Text;
import org.coopstats.lines.CodeLists;
import org.coopstats.lines.Message;
import org.coopstats.lines.ReturnContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/** Runs one upload on a worker thread: check every row, then write them all, or nothing. */
@Singleton
class UploadProcessor {

    private static final Logger LOG = LoggerFactory.getLogger(UploadProcessor.class);

    private final RowCheck rowCheck;
    private final UploadWriter writer;
    private final UploadSettings settings;
    private final CodeLists codeLists;

    UploadProcessor(RowCheck rowCheck, UploadWriter writer, UploadSettings settings, CodeLists codeLists) {
        this.rowCheck = rowCheck;
        this.writer = writer;
        this.settings = settings;
        this.codeLists = codeLists;
    }

    void run(UploadJob job, IncomingCsv file, CsvLayout layout, ReturnContext context) {
        long started = System.nanoTime();
        try {
            ProblemReport report = new ProblemReport(settings.shown(), codeLists.codes().in(Text.of(job.language)));
            job.checking(report);
            List<CaseLineTsv.Chunk> chunks = rowCheck.check(job, file, layout, context, report);
            file.delete();
            long checked = System.nanoTime();
            if (report.errorCount() > 0) {
                job.rejected();
            } else {
                job.writing();
                job.done(writer.write(job, chunks));
            }
            LOG.info("Upload {} of {} for {} {} ({}): {} rows, {} problems, checked in {} ms, written in {} ms", job.id,
                    job.fileName, job.iso3, job.cycleCode, job.mode.code(), job.rowsRead.get(), report.errorCount(),
                    (checked - started) / 1_000_000, (System.nanoTime() - checked) / 1_000_000);
        } catch (UploadWriter.NotDraftException e) {
            job.failed(Message.of("upload.failed.notDraft"));
        } catch (Exception e) {
            LOG.error("Upload {} of {} for {} {} failed", job.id, job.fileName, job.iso3, job.cycleCode, e);
            job.failed(Message.of("upload.failed.error"));
        } finally {
            file.delete();
        }
    }
}
