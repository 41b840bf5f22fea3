package org.coopstats.returns;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.coopstats.system.Message;
import org.jooq.DSLContext;

import java.util.Optional;

import static org.coopstats.db.Tables.STATE_RETURN;

/**
 * The Secretariat's decisions on a submitted return. Each one checks the version the analyst
 * saw (lock_version), so two analysts acting at once cannot overwrite each other.
 */
@Singleton
public class ReturnWorkflow {

    public static final int COMMENT_LIMIT = 2000;

    private final DSLContext db;
    private final AuditLog audit;

    ReturnWorkflow(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    /** The problem with the comment, or empty when the return went back to its State. */
    @Transactional
    public Optional<Message> returnForCorrection(String analyst, long returnId, long seenLockVersion, String comment) {
        String text = comment == null ? "" : comment.trim();
        if (text.isEmpty()) {
            return Optional.of(Message.of("returns.review.commentNeeded"));
        }
        if (text.length() > COMMENT_LIMIT) {
            return Optional.of(Message.of("returns.review.commentTooLong", COMMENT_LIMIT));
        }
        decide(analyst, returnId, seenLockVersion, "RETURNED", text, "RETURN_RETURNED");
        return Optional.empty();
    }

    @Transactional
    public void accept(String analyst, long returnId, long seenLockVersion) {
        decide(analyst, returnId, seenLockVersion, "ACCEPTED", null, "RETURN_ACCEPTED");
    }

    private void decide(String analyst, long returnId, long seenLockVersion, String status, String comment, String action) {
        var before = db.selectFrom(STATE_RETURN).where(STATE_RETURN.ID.eq(returnId)).fetchOne();
        int changed = db.update(STATE_RETURN)
                .set(STATE_RETURN.STATUS, status)
                .set(STATE_RETURN.COMMENT, comment)
                .set(STATE_RETURN.LOCK_VERSION, STATE_RETURN.LOCK_VERSION.plus(1))
                .set(STATE_RETURN.UPDATED_AT, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC))
                .where(STATE_RETURN.ID.eq(returnId))
                .and(STATE_RETURN.LOCK_VERSION.eq(seenLockVersion))
                .and(STATE_RETURN.STATUS.eq("SUBMITTED"))
                .execute();
        if (changed == 0) {
            throw new ReturnConflictException(returnId);
        }
        audit.record(analyst, action, "return", returnId,
                new Decision(before.getStatus(), before.getComment()), new Decision(status, comment));
    }

    @Serdeable
    record Decision(String status, String comment) {
    }
}
