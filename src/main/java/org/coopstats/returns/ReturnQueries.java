package org.coopstats.returns;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.StateReturn;
import org.jooq.DSLContext;

import java.util.List;

import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

@Singleton
@Transactional(readOnly = true)
public class ReturnQueries {

    private final DSLContext db;

    ReturnQueries(DSLContext db) {
        this.db = db;
    }

    /** Every cycle, newest first, with the latest version of this State's return in it. */
    public List<StateReturnRow> forState(String iso3) {
        StateReturn other = STATE_RETURN.as("other");
        return db.select(REPORTING_CYCLE.CODE,
                        REPORTING_CYCLE.PERIOD_START,
                        REPORTING_CYCLE.PERIOD_END,
                        REPORTING_CYCLE.OPENS_ON,
                        REPORTING_CYCLE.DEADLINE,
                        STATE_RETURN.STATUS,
                        STATE_RETURN.VERSION,
                        STATE_RETURN.SUBMITTED_AT,
                        STATE_RETURN.LATE,
                        STATE_RETURN.COMMENT)
                .from(REPORTING_CYCLE)
                .leftJoin(STATE_RETURN).on(STATE_RETURN.CYCLE_ID.eq(REPORTING_CYCLE.ID)
                        .and(STATE_RETURN.STATE_ISO3.eq(iso3))
                        .and(STATE_RETURN.VERSION.eq(select(max(other.VERSION))
                                .from(other)
                                .where(other.CYCLE_ID.eq(REPORTING_CYCLE.ID))
                                .and(other.STATE_ISO3.eq(iso3)))))
                .orderBy(REPORTING_CYCLE.PERIOD_START.desc())
                .fetch(mapping(StateReturnRow::new));
    }
}
