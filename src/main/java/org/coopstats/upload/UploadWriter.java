package org.coopstats.upload;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

/**
 * Writes the lines of an upload in which every row passed: all of them in one transaction,
 * with one audit row, or none. The return row is locked first, so that a submission or
 * another upload waits, and the write is refused if the return stopped being a draft.
 */
@Singleton
class UploadWriter {

    private final DSLContext db;
    private final AuditLog audit;

    UploadWriter(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    static final class NotDraftException extends RuntimeException {
        NotDraftException() {
            super("the return is no longer a draft", null, false, false);
        }
    }

    @Serdeable
    record Before(int lines, long cases) {
    }

    @Serdeable
    record After(int lines, long cases, String mode, String fileName) {
    }

    @Transactional
    UploadJob.Result write(UploadJob job, List<CaseLineTsv.Chunk> chunks) {
        String status = db.select(STATE_RETURN.STATUS).from(STATE_RETURN)
                .where(STATE_RETURN.ID.eq(job.returnId))
                .forUpdate()
                .fetchOne(STATE_RETURN.STATUS);
        if (!"DRAFT".equals(status)) {
            throw new NotDraftException();
        }
        Record2<Integer, BigDecimal> before = counts(job.returnId);
        if (job.mode == UploadMode.REPLACE) {
            db.deleteFrom(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(job.returnId)).execute();
        }
        db.connection(connection -> CaseLineLoad.run(connection, chunks, job.rowsWritten::addAndGet));
        db.update(STATE_RETURN)
                .set(STATE_RETURN.LOCK_VERSION, STATE_RETURN.LOCK_VERSION.plus(1))
                .set(STATE_RETURN.UPDATED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .where(STATE_RETURN.ID.eq(job.returnId))
                .execute();
        Record2<Integer, BigDecimal> after = counts(job.returnId);
        audit.record(job.actor, "LINES_UPLOADED", "return", job.returnId,
                new Before(before.value1(), before.value2().longValue()),
                new After(after.value1(), after.value2().longValue(), job.mode.code(), job.fileName));
        return new UploadJob.Result(before.value1(), before.value2().longValue(), after.value1(), after.value2().longValue());
    }

    private Record2<Integer, BigDecimal> counts(long returnId) {
        return db.select(count(), coalesce(sum(CASE_LINE.CASE_COUNT), inline(BigDecimal.ZERO)))
                .from(CASE_LINE)
                .where(CASE_LINE.RETURN_ID.eq(returnId))
                .fetchSingle();
    }
}
