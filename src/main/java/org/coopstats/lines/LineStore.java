package org.coopstats.lines;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.records.CaseLineRecord;
import org.jooq.DSLContext;

import java.util.List;
import java.util.Optional;

import static org.coopstats.db.Tables.CASE_LINE;

/** Reads and writes single case lines; callers hold the transaction. */
@Singleton
public class LineStore {

    private final DSLContext db;

    LineStore(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public Optional<StoredLine> find(long returnId, long lineId) {
        return db.selectFrom(CASE_LINE)
                .where(CASE_LINE.ID.eq(lineId)).and(CASE_LINE.RETURN_ID.eq(returnId))
                .fetchOptional(LineStore::stored);
    }

    @Transactional(readOnly = true)
    public List<StoredLine> page(long returnId, int offset, int limit) {
        return db.selectFrom(CASE_LINE)
                .where(CASE_LINE.RETURN_ID.eq(returnId))
                .orderBy(CASE_LINE.ID)
                .offset(offset).limit(limit)
                .fetch(LineStore::stored);
    }

    @Transactional(readOnly = true)
    public int count(long returnId) {
        return db.fetchCount(CASE_LINE, CASE_LINE.RETURN_ID.eq(returnId));
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    long insert(long returnId, CaseLine line) {
        CaseLineRecord row = db.newRecord(CASE_LINE);
        fill(row, line);
        row.setReturnId(returnId);
        row.store();
        return row.getId();
    }

    /** True when the line was still at the version the caller saw, and is now changed. */
    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    boolean update(long returnId, long lineId, long seenLockVersion, CaseLine line) {
        CaseLineRecord values = db.newRecord(CASE_LINE);
        fill(values, line);
        return db.update(CASE_LINE)
                .set(values)
                .set(CASE_LINE.LOCK_VERSION, CASE_LINE.LOCK_VERSION.plus(1))
                .where(CASE_LINE.ID.eq(lineId)).and(CASE_LINE.RETURN_ID.eq(returnId))
                .and(CASE_LINE.LOCK_VERSION.eq(seenLockVersion))
                .execute() == 1;
    }

    @Transactional(propagation = io.micronaut.transaction.TransactionDefinition.Propagation.MANDATORY)
    boolean delete(long returnId, long lineId, long seenLockVersion) {
        return db.deleteFrom(CASE_LINE)
                .where(CASE_LINE.ID.eq(lineId)).and(CASE_LINE.RETURN_ID.eq(returnId))
                .and(CASE_LINE.LOCK_VERSION.eq(seenLockVersion))
                .execute() == 1;
    }

    private static void fill(CaseLineRecord row, CaseLine line) {
        row.setCooperationType(line.cooperationType());
        row.setDirection(line.direction());
        row.setCounterpartIso3(line.counterpartIso3());
        row.setLegalBasisCategory(line.legalBasisCategory());
        row.setLegalInstrument(line.legalInstrument());
        row.setOffenceType(line.offenceType());
        row.setElectronicEvidence(line.electronicEvidence());
        row.setChannel(line.channel());
        row.setInformalConsultation(line.informalConsultation());
        row.setOutcome(line.outcome());
        row.setRefusalGround(line.refusalGround());
        row.setCaseCount(line.caseCount());
        row.setRequestedOn(line.requestedOn());
        row.setCompletedOn(line.completedOn());
        row.setNote(line.note());
    }

    static StoredLine stored(CaseLineRecord row) {
        return new StoredLine(row.getId(), row.getLockVersion(), new CaseLine(row.getCooperationType(), row.getDirection(),
                row.getCounterpartIso3(), row.getLegalBasisCategory(), row.getLegalInstrument(), row.getOffenceType(),
                row.getElectronicEvidence(), row.getChannel(), row.getInformalConsultation(), row.getOutcome(),
                row.getRefusalGround(), row.getCaseCount(), row.getRequestedOn(), row.getCompletedOn(), row.getNote()));
    }
}
