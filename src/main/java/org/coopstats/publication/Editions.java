package org.coopstats.publication;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.records.EditionRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.coopstats.db.Tables.EDITION;
import static org.coopstats.db.Tables.EDITION_RETURN;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.jooq.impl.DSL.selectCount;

/** Reading editions: what was published, and which return versions each one counts. */
@Singleton
@Transactional(readOnly = true)
public class Editions {

    private static final org.coopstats.db.tables.Edition PREVIOUS = EDITION.as("previous");
    private static final Field<Integer> RETURNS_COUNTED = selectCount().from(EDITION_RETURN)
            .where(EDITION_RETURN.EDITION_ID.eq(EDITION.ID)).asField("returns_counted");
    private static final Field<Integer> THRESHOLD_BEFORE = PREVIOUS.SUPPRESSION_THRESHOLD.as("threshold_before");

    private final DSLContext db;

    Editions(DSLContext db) {
        this.db = db;
    }

    /** Every edition, newest cycle first and, within a cycle, newest edition first. */
    public List<Edition> all() {
        return select().orderBy(REPORTING_CYCLE.PERIOD_START.desc(), EDITION.NUMBER.desc()).fetch(Editions::edition);
    }

    /** A cycle's editions, newest first. */
    public List<Edition> of(String cycle) {
        return select().where(REPORTING_CYCLE.CODE.eq(cycle)).orderBy(EDITION.NUMBER.desc()).fetch(Editions::edition);
    }

    public Optional<Edition> find(String cycle, int number) {
        return select().where(REPORTING_CYCLE.CODE.eq(cycle)).and(EDITION.NUMBER.eq(number)).fetchOptional(Editions::edition);
    }

    public Optional<Edition> latest(String cycle) {
        return select().where(REPORTING_CYCLE.CODE.eq(cycle)).orderBy(EDITION.NUMBER.desc()).limit(1)
                .fetchOptional(Editions::edition);
    }

    /** The return versions the edition counts. */
    public Set<Long> returnIds(long editionId) {
        return Set.copyOf(db.select(EDITION_RETURN.RETURN_ID).from(EDITION_RETURN)
                .where(EDITION_RETURN.EDITION_ID.eq(editionId)).fetch(EDITION_RETURN.RETURN_ID));
    }

    /** For each State counted in the edition, whether it consented to be named. */
    public Map<String, Boolean> consents(long editionId) {
        return db.select(EDITION_RETURN.STATE_ISO3, EDITION_RETURN.NAMED).from(EDITION_RETURN)
                .where(EDITION_RETURN.EDITION_ID.eq(editionId)).fetchMap(EDITION_RETURN.STATE_ISO3, EDITION_RETURN.NAMED);
    }

    private SelectOnConditionStep<Record> select() {
        return db.select(EDITION.fields())
                .select(REPORTING_CYCLE.CODE, THRESHOLD_BEFORE, RETURNS_COUNTED)
                .from(EDITION)
                .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(EDITION.CYCLE_ID))
                .leftJoin(PREVIOUS).on(PREVIOUS.CYCLE_ID.eq(EDITION.CYCLE_ID)).and(PREVIOUS.NUMBER.eq(EDITION.NUMBER.minus(1)));
    }

    private static Edition edition(Record row) {
        EditionRecord edition = row.into(EDITION);
        ChangeNote changes = new ChangeNote(row.get(RETURNS_COUNTED), edition.getReturnsAdded(), edition.getReturnsAmended(),
                edition.getReturnsWithdrawn(), edition.getCasesBefore(), edition.getCasesAfter(),
                row.get(THRESHOLD_BEFORE), edition.getSuppressionThreshold(), edition.getChangeNote());
        return new Edition(edition.getId(), row.get(REPORTING_CYCLE.CODE), edition.getNumber(), edition.getPublishedAt(),
                edition.getStatesParties(), edition.getSuppressionThreshold(), edition.getChangeNote(), changes);
    }
}
