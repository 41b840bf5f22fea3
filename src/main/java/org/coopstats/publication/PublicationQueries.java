package org.coopstats.publication;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.StateReturn;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;

import java.util.List;
import java.util.Map;

import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

/** What the analyst's publication page counts before publishing. */
@Singleton
@Transactional(readOnly = true)
public class PublicationQueries {

    private final DSLContext db;

    PublicationQueries(DSLContext db) {
        this.db = db;
    }

    public int statesParties() {
        return db.fetchCount(STATE, STATE.UNTOC_PARTY.isTrue());
    }

    /** Every cycle, the latest period first. */
    public List<CycleStanding> standings() {
        Map<Long, Integer> accepted = db.select(STATE_RETURN.CYCLE_ID, countDistinct(STATE_RETURN.STATE_ISO3))
                .from(STATE_RETURN)
                .where(STATE_RETURN.STATUS.eq("ACCEPTED"))
                .groupBy(STATE_RETURN.CYCLE_ID)
                .fetchMap(STATE_RETURN.CYCLE_ID, countDistinct(STATE_RETURN.STATE_ISO3));
        StateReturn other = STATE_RETURN.as("other");
        Result<Record3<Long, String, Integer>> latest = db.select(STATE_RETURN.CYCLE_ID, STATE_RETURN.STATUS, count())
                .from(STATE_RETURN)
                .where(STATE_RETURN.VERSION.eq(select(max(other.VERSION)).from(other)
                        .where(other.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                        .and(other.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3))))
                .groupBy(STATE_RETURN.CYCLE_ID, STATE_RETURN.STATUS)
                .fetch();
        return db.select(REPORTING_CYCLE.ID, REPORTING_CYCLE.CODE, REPORTING_CYCLE.PERIOD_START, REPORTING_CYCLE.PERIOD_END)
                .from(REPORTING_CYCLE)
                .orderBy(REPORTING_CYCLE.PERIOD_START.desc(), REPORTING_CYCLE.CODE.desc())
                .fetch(cycle -> new CycleStanding(cycle.value2(), cycle.value3(), cycle.value4(),
                        accepted.getOrDefault(cycle.value1(), 0),
                        latestIn(latest, cycle.value1(), "SUBMITTED"),
                        latestIn(latest, cycle.value1(), "DRAFT"),
                        latestIn(latest, cycle.value1(), "RETURNED")));
    }

    private static int latestIn(Result<Record3<Long, String, Integer>> latest, long cycleId, String status) {
        return latest.stream().filter(row -> row.value1() == cycleId && row.value2().equals(status))
                .mapToInt(Record3::value3).findFirst().orElse(0);
    }
}
