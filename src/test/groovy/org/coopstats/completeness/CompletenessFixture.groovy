package org.coopstats.completeness

import org.coopstats.support.TestDatabase
import org.jooq.DSLContext

import java.time.LocalDateTime

import static org.coopstats.db.Tables.STATE_RETURN

/** Returns in any status and version, with case lines, for the completeness specs. */
class CompletenessFixture {

    /** Submitted on 1 February 2031 when on time, 1 April 2031 (after a 31 March deadline) when late. */
    static Long returnOf(TestDatabase database, Long cycleId, String iso3, int version, String status,
                         boolean late = false, List<Integer> caseCounts = []) {
        database.inTransaction { DSLContext db ->
            Long id = db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycleId)
                    .set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, version)
                    .set(STATE_RETURN.STATUS, status)
                    .set(STATE_RETURN.SUBMITTED_AT, (status == "DRAFT" ? null : LocalDateTime.of(2031, late ? 4 : 2, 1, 10, 0)) as LocalDateTime)
                    .set(STATE_RETURN.LATE, late)
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID)
            caseCounts.each { count -> TestDatabase.insertLine(db, id, count) }
            id
        }
    }
}
