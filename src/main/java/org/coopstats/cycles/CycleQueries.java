package org.coopstats.cycles;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.List;

import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.countDistinct;

@Singleton
@Transactional(readOnly = true)
public class CycleQueries {

    private final DSLContext db;

    CycleQueries(DSLContext db) {
        this.db = db;
    }

    /**
     * Every cycle, newest first, with the number of States whose return is in. Only that count:
     * the home page is public, and case figures are public only once published.
     */
    public List<CycleSummary> summaries() {
        return db.select(REPORTING_CYCLE.CODE,
                        REPORTING_CYCLE.PERIOD_START,
                        REPORTING_CYCLE.PERIOD_END,
                        REPORTING_CYCLE.OPENS_ON,
                        REPORTING_CYCLE.DEADLINE,
                        countDistinct(STATE_RETURN.STATE_ISO3))
                .from(REPORTING_CYCLE)
                .leftJoin(STATE_RETURN).on(STATE_RETURN.CYCLE_ID.eq(REPORTING_CYCLE.ID)
                        .and(STATE_RETURN.STATUS.in("SUBMITTED", "ACCEPTED")))
                .groupBy(REPORTING_CYCLE.ID)
                .orderBy(REPORTING_CYCLE.PERIOD_START.desc())
                .fetch(mapping(CycleSummary::new));
    }
}
