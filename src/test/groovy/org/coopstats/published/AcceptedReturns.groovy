package org.coopstats.published

import org.coopstats.support.TestDatabase
import org.jooq.DSLContext

import java.time.LocalDateTime

import static org.coopstats.db.Tables.STATE_RETURN

/** Hand-made accepted returns for the public-page specs: a line is [type, direction, counterpart, basis, cases]. */
class AcceptedReturns {

    static void insert(TestDatabase database, Long cycle, String iso3, boolean named, List<List> lines) {
        database.inTransaction { DSLContext db ->
            Long id = db.insertInto(STATE_RETURN).set(STATE_RETURN.CYCLE_ID, cycle).set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, 1).set(STATE_RETURN.STATUS, "ACCEPTED")
                    .set(STATE_RETURN.SUBMITTED_AT, LocalDateTime.of(2031, 2, 1, 10, 0))
                    .set(STATE_RETURN.PUBLICATION_CONSENT, named ? "NAMED" : "TOTALS_ONLY")
                    .returningResult(STATE_RETURN.ID).fetchOne(STATE_RETURN.ID)
            lines.each { type, direction, counterpart, basis, count ->
                TestDatabase.insertLine(db, id, count as int,
                        [type: type, direction: direction, counterpart: counterpart, basis: basis] as Map<String, String>)
            }
        }
    }
}
