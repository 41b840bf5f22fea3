package org.coopstats.analytics

import org.coopstats.support.TestDatabase
import org.jooq.DSLContext

import java.math.RoundingMode

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.OFFENCE_TYPE
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * The specs' own view of the case lines, to compute the analytics' figures independently of the
 * service: every line read from MariaDB with its return, cycle, regions and ICCS section, and the
 * rules for which lines count, for shares and for percentiles, written again in Groovy.
 */
class DemoLines {

    /** Every case line with its cycle code, return (State, version, status), regions and ICCS section. */
    static List<Map> all(TestDatabase database) {
        database.inTransaction { DSLContext db ->
            def reporter = STATE.as("reporter")
            def counterpart = STATE.as("counterpart")
            db.select(REPORTING_CYCLE.CODE, STATE_RETURN.STATE_ISO3, STATE_RETURN.VERSION, STATE_RETURN.STATUS,
                    reporter.REGION_CODE, counterpart.REGION_CODE.as("counterpart_region"), OFFENCE_TYPE.ICCS_SECTION,
                    CASE_LINE.asterisk())
                    .from(CASE_LINE)
                    .join(STATE_RETURN).on(STATE_RETURN.ID.eq(CASE_LINE.RETURN_ID))
                    .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                    .join(reporter).on(reporter.ISO3.eq(STATE_RETURN.STATE_ISO3))
                    .leftJoin(counterpart).on(counterpart.ISO3.eq(CASE_LINE.COUNTERPART_ISO3))
                    .join(OFFENCE_TYPE).on(OFFENCE_TYPE.CODE.eq(CASE_LINE.OFFENCE_TYPE))
                    .fetchMaps()
        }
    }

    /** The lines of the latest version of each State's return in a cycle among those in a counted status. */
    static List<Map> counted(List<Map> rows, List<String> statuses) {
        def eligible = rows.findAll { it.status in statuses }
        def latest = eligible.groupBy { [it.code, it.state_iso3] }.collectEntries { key, lines -> [(key): lines*.version.max()] }
        eligible.findAll { it.version == latest[[it.code, it.state_iso3]] }
    }

    /** Independent of Percentiles: the value at rank p * (n - 1), between its two neighbours; null for no days. */
    static BigDecimal percentile(List<Long> days, double p) {
        if (days.isEmpty()) {
            return null
        }
        def sorted = days.sort(false)
        def rank = p * (sorted.size() - 1)
        def low = sorted[(int) Math.floor(rank)]
        def high = sorted[(int) Math.ceil(rank)]
        (low + (rank - Math.floor(rank)) * (high - low) as BigDecimal).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
    }

    /** A share to four decimals, null where there is nothing to divide by. */
    static BigDecimal share(Number part, Number whole) {
        whole == 0 ? null : (part as BigDecimal).divide(whole as BigDecimal, 4, RoundingMode.HALF_UP).stripTrailingZeros()
    }
}
