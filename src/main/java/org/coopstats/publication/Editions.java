package org.coopstats.publication;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.SelectOnConditionStep;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.coopstats.db.Tables.EDITION;
import static org.coopstats.db.Tables.EDITION_RETURN;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.jooq.Records.mapping;

/** Reading editions: what was published, and which return versions each one counts. */
@Singleton
@Transactional(readOnly = true)
public class Editions {

    private final DSLContext db;

    Editions(DSLContext db) {
        this.db = db;
    }

    /** Every edition, newest cycle first and, within a cycle, newest edition first. */
    public List<Edition> all() {
        return select().orderBy(REPORTING_CYCLE.PERIOD_START.desc(), EDITION.NUMBER.desc()).fetch(mapping(Edition::new));
    }

    public Optional<Edition> find(String cycle, int number) {
        return select().where(REPORTING_CYCLE.CODE.eq(cycle)).and(EDITION.NUMBER.eq(number)).fetchOptional(mapping(Edition::new));
    }

    public Optional<Edition> latest(String cycle) {
        return select().where(REPORTING_CYCLE.CODE.eq(cycle)).orderBy(EDITION.NUMBER.desc()).limit(1)
                .fetchOptional(mapping(Edition::new));
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

    private SelectOnConditionStep<Record7<Long, String, Integer, LocalDateTime, Integer, Integer, String>> select() {
        return db.select(EDITION.ID, REPORTING_CYCLE.CODE, EDITION.NUMBER, EDITION.PUBLISHED_AT, EDITION.STATES_PARTIES,
                        EDITION.SUPPRESSION_THRESHOLD, EDITION.CHANGE_NOTE)
                .from(EDITION).join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(EDITION.CYCLE_ID));
    }
}
