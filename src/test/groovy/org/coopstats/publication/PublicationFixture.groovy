package org.coopstats.publication

import org.coopstats.support.TestDatabase
import org.jooq.DSLContext

import java.time.LocalDateTime

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN

/** Return versions in any status, each with case lines of given case counts, written straight into the test database. */
class PublicationFixture {

    final TestDatabase database

    PublicationFixture(TestDatabase database) {
        this.database = database
    }

    /** A version of the State's return with one line per count; its id. */
    Long version(Long cycleId, String iso3, int version, String status, List<Integer> counts,
                 String consent = "TOTALS_ONLY") {
        database.inTransaction { DSLContext db ->
            Long id = db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycleId)
                    .set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, version)
                    .set(STATE_RETURN.STATUS, status)
                    .set(STATE_RETURN.SUBMITTED_AT, (LocalDateTime) (status == "DRAFT" ? null : LocalDateTime.of(2041, 2, 1, 10, 0)))
                    .set(STATE_RETURN.PUBLICATION_CONSENT, consent)
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID)
            counts.each { count -> TestDatabase.insertLine(db, id, count) }
            id
        }
    }

    void addLine(Long returnId, int count) {
        database.inTransaction { DSLContext db -> TestDatabase.insertLine(db, returnId, count) }
    }

    /** Every line's case count of each return version, read back from the database. */
    Map<Long, Long> casesByReturn() {
        database.inTransaction { DSLContext db ->
            db.select(CASE_LINE.RETURN_ID, CASE_LINE.CASE_COUNT).from(CASE_LINE).fetch()
                    .groupBy { it.value1() }
                    .collectEntries { id, rows -> [id, rows.sum { it.value2() as long } as long] }
        }
    }

    /** Each State's latest accepted version in the cycle, worked out here from every row. */
    Map<String, Long> latestAccepted(Long cycleId) {
        database.inTransaction { DSLContext db ->
            db.selectFrom(STATE_RETURN).where(STATE_RETURN.CYCLE_ID.eq(cycleId)).fetch()
                    .findAll { it.status == "ACCEPTED" }
                    .groupBy { it.stateIso3 }
                    .collectEntries { iso3, versions -> [iso3, versions.max { it.version }.id] }
        }
    }
}
