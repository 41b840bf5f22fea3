package org.coopstats.lines;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.coopstats.db.Tables.AUDIT_EVENT;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;

/**
 * An officer adding, changing, duplicating and deleting the lines of their State's draft.
 * Every change bumps the return's lock_version (so a submission confirmed on an older picture
 * of the return is refused) and writes an audit row; a change or delete names the line's
 * lock_version the officer saw, and is refused as a conflict when someone changed it since.
 */
@Singleton
public class LineEditing {

    private final DSLContext db;
    private final LineStore store;
    private final LineRules rules;
    private final AuditLog audit;

    LineEditing(DSLContext db, LineStore store, LineRules rules, AuditLog audit) {
        this.db = db;
        this.store = store;
        this.rules = rules;
        this.audit = audit;
    }

    /** The State's draft in the cycle; empty when there is none (not started, or submitted). */
    @Transactional(readOnly = true)
    public Optional<DraftReturn> draft(String cycleCode, String iso3) {
        return db.select(STATE_RETURN.ID, STATE_RETURN.STATUS, REPORTING_CYCLE.PERIOD_START, REPORTING_CYCLE.PERIOD_END)
                .from(STATE_RETURN).join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                .where(REPORTING_CYCLE.CODE.eq(cycleCode)).and(STATE_RETURN.STATE_ISO3.eq(iso3))
                .orderBy(STATE_RETURN.VERSION.desc())
                .limit(1)
                .fetchOptional()
                .filter(row -> row.value2().equals("DRAFT"))
                .map(row -> new DraftReturn(row.value1(), cycleCode, new ReturnContext(iso3, row.value3(), row.value4())));
    }

    @Transactional
    public LineChange add(String officer, DraftReturn draft, LineInput input, boolean warningsConfirmed) {
        LineCheck check = rules.check(input, draft.context());
        if (check.hasErrors() || (check.hasWarnings() && !warningsConfirmed)) {
            return new LineChange.Invalid(check);
        }
        if (!touch(draft)) {
            return new LineChange.NotDraft();
        }
        long id = store.insert(draft.returnId(), check.line());
        audit.record(officer, "LINE_ADDED", "line", draft.auditKey(id), null, new LineSnapshot(draft.returnId(), id, check.line()));
        return new LineChange.Saved(id);
    }

    @Transactional
    public LineChange update(String officer, DraftReturn draft, long lineId, long seenLockVersion, LineInput input,
                             boolean warningsConfirmed) {
        Optional<StoredLine> before = store.find(draft.returnId(), lineId);
        if (before.isEmpty()) {
            return conflictOrNotFound(draft, lineId);
        }
        LineCheck check = rules.check(input, draft.context());
        if (check.hasErrors() || (check.hasWarnings() && !warningsConfirmed)) {
            return new LineChange.Invalid(check);
        }
        if (before.get().lockVersion() != seenLockVersion) {
            return conflict(draft, lineId, before.get());
        }
        if (!touch(draft)) {
            return new LineChange.NotDraft();
        }
        if (!store.update(draft.returnId(), lineId, seenLockVersion, check.line())) {
            return conflictOrNotFound(draft, lineId);
        }
        audit.record(officer, "LINE_CHANGED", "line", draft.auditKey(lineId),
                new LineSnapshot(draft.returnId(), lineId, before.get().line()),
                new LineSnapshot(draft.returnId(), lineId, check.line()));
        return new LineChange.Saved(lineId);
    }

    @Transactional
    public LineChange delete(String officer, DraftReturn draft, long lineId, long seenLockVersion) {
        Optional<StoredLine> before = store.find(draft.returnId(), lineId);
        if (before.isEmpty()) {
            return conflictOrNotFound(draft, lineId);
        }
        if (before.get().lockVersion() != seenLockVersion) {
            return conflict(draft, lineId, before.get());
        }
        if (!touch(draft)) {
            return new LineChange.NotDraft();
        }
        if (!store.delete(draft.returnId(), lineId, seenLockVersion)) {
            return conflictOrNotFound(draft, lineId);
        }
        audit.record(officer, "LINE_DELETED", "line", draft.auditKey(lineId),
                new LineSnapshot(draft.returnId(), lineId, before.get().line()), null);
        return new LineChange.Saved(lineId);
    }

    /** Saves a copy of the line as a new line, so a similar case is entered by changing a field or two. */
    @Transactional
    public LineChange duplicate(String officer, DraftReturn draft, long lineId) {
        Optional<StoredLine> original = store.find(draft.returnId(), lineId);
        if (original.isEmpty()) {
            return conflictOrNotFound(draft, lineId);
        }
        if (!touch(draft)) {
            return new LineChange.NotDraft();
        }
        long id = store.insert(draft.returnId(), original.get().line());
        audit.record(officer, "LINE_ADDED", "line", draft.auditKey(id), null,
                new LineSnapshot(draft.returnId(), id, original.get().line()));
        return new LineChange.Saved(id);
    }

    /** Claims the draft for this change; false when it is no longer a draft. */
    private boolean touch(DraftReturn draft) {
        return db.update(STATE_RETURN)
                .set(STATE_RETURN.LOCK_VERSION, STATE_RETURN.LOCK_VERSION.plus(1))
                .set(STATE_RETURN.UPDATED_AT, LocalDateTime.now(ZoneOffset.UTC))
                .where(STATE_RETURN.ID.eq(draft.returnId())).and(STATE_RETURN.STATUS.eq("DRAFT"))
                .execute() == 1;
    }

    /** A line that is gone was either deleted by someone (its audit says so) or never was this return's. */
    private LineChange conflictOrNotFound(DraftReturn draft, long lineId) {
        return lastChange(draft, lineId)
                .<LineChange>map(change -> new LineChange.Conflict(null, change.value1(), change.value2()))
                .orElseGet(LineChange.NotFound::new);
    }

    private LineChange conflict(DraftReturn draft, long lineId, StoredLine current) {
        var change = lastChange(draft, lineId);
        return new LineChange.Conflict(current, change.map(org.jooq.Record2::value1).orElse(null),
                change.map(org.jooq.Record2::value2).orElse(null));
    }

    private Optional<org.jooq.Record2<String, LocalDateTime>> lastChange(DraftReturn draft, long lineId) {
        return db.select(AUDIT_EVENT.ACTOR, AUDIT_EVENT.HAPPENED_AT).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq("line")).and(AUDIT_EVENT.ENTITY_ID.eq(draft.auditKey(lineId)))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(1)
                .fetchOptional();
    }
}
