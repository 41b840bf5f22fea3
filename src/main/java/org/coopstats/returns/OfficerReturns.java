package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.coopstats.db.tables.records.ReportingCycleRecord;
import org.coopstats.db.tables.records.StateReturnRecord;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.COOPERATION_TYPE;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;

/**
 * What an officer does with their State's return in a cycle: start it as a draft, and submit
 * it. Every method takes the State from the caller, who takes it from the signed session.
 */
@Singleton
public class OfficerReturns {

    private final DSLContext db;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();

    OfficerReturns(DSLContext db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<ReportingCycleRecord> cycle(String code) {
        return db.selectFrom(REPORTING_CYCLE).where(REPORTING_CYCLE.CODE.eq(code)).fetchOptional();
    }

    /** The latest version of the State's return in the cycle, if there is one. */
    @Transactional(readOnly = true)
    public Optional<StateReturnRecord> latest(long cycleId, String iso3) {
        return db.selectFrom(STATE_RETURN)
                .where(STATE_RETURN.CYCLE_ID.eq(cycleId)).and(STATE_RETURN.STATE_ISO3.eq(iso3))
                .orderBy(STATE_RETURN.VERSION.desc())
                .limit(1)
                .fetchOptional();
    }

    @Transactional(readOnly = true)
    public List<ReturnSummary> summary(long returnId) {
        return db.select(COOPERATION_TYPE.LABEL_EN, CASE_LINE.DIRECTION, count(), coalesce(sum(CASE_LINE.CASE_COUNT), inline(BigDecimal.ZERO)),
                        COOPERATION_TYPE.CODE)
                .from(CASE_LINE)
                .join(COOPERATION_TYPE).on(COOPERATION_TYPE.CODE.eq(CASE_LINE.COOPERATION_TYPE))
                .where(CASE_LINE.RETURN_ID.eq(returnId))
                .groupBy(COOPERATION_TYPE.CODE, COOPERATION_TYPE.LABEL_EN, COOPERATION_TYPE.SORT_ORDER, CASE_LINE.DIRECTION)
                .orderBy(COOPERATION_TYPE.SORT_ORDER, CASE_LINE.DIRECTION.desc())
                .fetch(mapping(ReturnSummary::new));
    }

    /** Starts the draft unless the State already has a return in the cycle; false when the cycle is not open yet. */
    @Transactional
    public boolean start(String officer, ReportingCycleRecord cycle, String iso3) {
        if (LocalDate.now(clock).isBefore(cycle.getOpensOn())) {
            return false;
        }
        if (latest(cycle.getId(), iso3).isEmpty()) {
            Long id = db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycle.getId())
                    .set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, 1)
                    .set(STATE_RETURN.STATUS, "DRAFT")
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID);
            audit.record(officer, "RETURN_STARTED", "return", id, null,
                    new Snapshot(iso3, cycle.getCode(), 1, "DRAFT", false, PublicationConsent.DEFAULT.name()));
        }
        return true;
    }

    /** Sends the draft the officer saw (its lock_version) to the Secretariat, marked late after the deadline. */
    @Transactional
    public void submit(String officer, ReportingCycleRecord cycle, String iso3, long seenLockVersion) {
        submit(officer, cycle, iso3, seenLockVersion, null);
    }

    /** The same, with the State's consent to publication set on the version submitted; null keeps the draft's. */
    @Transactional
    public void submit(String officer, ReportingCycleRecord cycle, String iso3, long seenLockVersion,
                       @Nullable PublicationConsent consent) {
        StateReturnRecord draft = latest(cycle.getId(), iso3).filter(r -> r.getStatus().equals("DRAFT"))
                .orElseThrow(ReturnConflictException::new);
        boolean late = LocalDate.now(clock).isAfter(cycle.getDeadline());
        String consentNow = consent == null ? draft.getPublicationConsent() : consent.name();
        int changed = db.update(STATE_RETURN)
                .set(STATE_RETURN.STATUS, "SUBMITTED")
                .set(STATE_RETURN.PUBLICATION_CONSENT, consentNow)
                .set(STATE_RETURN.SUBMITTED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .set(STATE_RETURN.LATE, late)
                .set(STATE_RETURN.COMMENT, (String) null)
                .set(STATE_RETURN.LOCK_VERSION, STATE_RETURN.LOCK_VERSION.plus(1))
                .where(STATE_RETURN.ID.eq(draft.getId()))
                .and(STATE_RETURN.LOCK_VERSION.eq(seenLockVersion))
                .and(STATE_RETURN.STATUS.eq("DRAFT"))
                .execute();
        if (changed == 0) {
            throw new ReturnConflictException(draft.getId());
        }
        audit.record(officer, "RETURN_SUBMITTED", "return", draft.getId(),
                new Snapshot(iso3, cycle.getCode(), draft.getVersion(), "DRAFT", false, draft.getPublicationConsent()),
                new Snapshot(iso3, cycle.getCode(), draft.getVersion(), "SUBMITTED", late, consentNow));
    }

    /**
     * Sets the consent of the State's draft; false, with nothing changed, when its latest
     * version is not a draft: a submitted or accepted version keeps the consent it was sent with.
     */
    @Transactional
    public boolean consent(String officer, ReportingCycleRecord cycle, String iso3, PublicationConsent consent) {
        Optional<StateReturnRecord> draft = latest(cycle.getId(), iso3).filter(r -> r.getStatus().equals("DRAFT"));
        if (draft.isEmpty()) {
            return false;
        }
        db.update(STATE_RETURN)
                .set(STATE_RETURN.PUBLICATION_CONSENT, consent.name())
                .set(STATE_RETURN.UPDATED_AT, LocalDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .where(STATE_RETURN.ID.eq(draft.get().getId()))
                .and(STATE_RETURN.STATUS.eq("DRAFT"))
                .execute();
        String before = draft.get().getPublicationConsent();
        if (!before.equals(consent.name())) {
            StateReturnRecord found = draft.get();
            audit.record(officer, "RETURN_CONSENT_CHANGED", "return", found.getId(),
                    new Snapshot(iso3, cycle.getCode(), found.getVersion(), "DRAFT", false, before),
                    new Snapshot(iso3, cycle.getCode(), found.getVersion(), "DRAFT", false, consent.name()));
        }
        return true;
    }

    /**
     * Opens version + 1 as a draft holding the lines of the submitted, returned or accepted
     * version the officer saw; that version stays as it was, readable in the history.
     */
    @Transactional
    public void amend(String officer, ReportingCycleRecord cycle, String iso3, long seenLockVersion) {
        StateReturnRecord previous = latest(cycle.getId(), iso3).filter(r -> !r.getStatus().equals("DRAFT"))
                .orElseThrow(ReturnConflictException::new);
        // claiming the version seen first makes a second, simultaneous amendment fail cleanly
        int claimed = db.update(STATE_RETURN)
                .set(STATE_RETURN.LOCK_VERSION, STATE_RETURN.LOCK_VERSION.plus(1))
                .where(STATE_RETURN.ID.eq(previous.getId()))
                .and(STATE_RETURN.LOCK_VERSION.eq(seenLockVersion))
                .execute();
        if (claimed == 0) {
            throw new ReturnConflictException(previous.getId());
        }
        int version = previous.getVersion() + 1;
        Long draft = db.insertInto(STATE_RETURN)
                .set(STATE_RETURN.CYCLE_ID, cycle.getId())
                .set(STATE_RETURN.STATE_ISO3, iso3)
                .set(STATE_RETURN.VERSION, version)
                .set(STATE_RETURN.STATUS, "DRAFT")
                // the State's decision stands until the officer changes it on the new draft
                .set(STATE_RETURN.PUBLICATION_CONSENT, previous.getPublicationConsent())
                .returningResult(STATE_RETURN.ID)
                .fetchOne(STATE_RETURN.ID);
        ReturnLines.copy(db, previous.getId(), draft);
        audit.record(officer, "RETURN_AMENDED", "return", draft,
                new Snapshot(iso3, cycle.getCode(), previous.getVersion(), previous.getStatus(), previous.getLate(),
                        previous.getPublicationConsent()),
                new Snapshot(iso3, cycle.getCode(), version, "DRAFT", false, previous.getPublicationConsent()));
    }

    @Serdeable
    record Snapshot(String state, String cycle, int version, String status, boolean late, String publicationConsent) {
    }
}
