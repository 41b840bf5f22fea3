package org.coopstats.demo

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.REFUSAL_GROUND
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN
import static org.jooq.impl.DSL.count
import static org.jooq.impl.DSL.sum

@MicronautTest(transactional = false)
class DemoDataSpec extends Specification {

    @Inject
    DemoDataService demoData

    @Inject
    TestDatabase database

    def setup() {
        database.removeReturnsAndCycles()
    }

    def cleanup() {
        database.removeReturnsAndCycles()
    }

    def "the same seed gives the same rows"() {
        when: "the generator runs twice with one seed"
        demoData.load(42, 3_000)
        def first = rowsAsWritten()
        database.removeReturnsAndCycles()
        demoData.load(42, 3_000)
        def second = rowsAsWritten()

        then:
        first.size() == 3_000
        first == second
    }

    def "another seed gives other rows"() {
        when:
        demoData.load(1, 2_000)
        def first = rowsAsWritten()
        database.removeReturnsAndCycles()
        demoData.load(2, 2_000)

        then:
        first != rowsAsWritten()
    }

    def "the totals it reports are the totals in the database"() {
        when:
        def summary = demoData.load(2015, 10_000)

        then:
        summary.lines() == 10_000
        fetchLong { it.selectCount().from(CASE_LINE) } == summary.lines()
        fetchLong { it.select(sum(CASE_LINE.CASE_COUNT)).from(CASE_LINE) } == summary.cases()
        fetchLong { it.selectCount().from(STATE_RETURN) } == summary.returns()
        casesBy(REPORTING_CYCLE.CODE).collectEntries { [(it.key as Integer), it.value] } == summary.casesByCycle()
        casesBy(CASE_LINE.COOPERATION_TYPE) == summary.casesByCooperationType()
        casesBy(CASE_LINE.LEGAL_BASIS_CATEGORY) == summary.casesByLegalBasis()
        casesBy(CASE_LINE.OUTCOME) == summary.casesByOutcome()
    }

    def "the demo covers two closed cycles with about sixty reporting States"() {
        when:
        demoData.load(2015, 5_000)
        def statesPerCycle = database.inTransaction { DSLContext db ->
            db.select(REPORTING_CYCLE.CODE, count())
                    .from(STATE_RETURN).join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                    .groupBy(REPORTING_CYCLE.CODE)
                    .fetchMap(REPORTING_CYCLE.CODE, count())
        }

        then:
        statesPerCycle.keySet() == ["2023", "2024"] as Set
        statesPerCycle.values().every { it >= 50 && it <= 65 }
        database.inTransaction { DSLContext db -> db.fetchCount(STATE_RETURN, STATE_RETURN.LATE.isTrue()) } > 0
    }

    def "the distributions look like what the Working Group heard"() {
        when:
        demoData.load(2015, 20_000)
        def byType = casesBy(CASE_LINE.COOPERATION_TYPE)
        def byOutcome = casesBy(CASE_LINE.OUTCOME)

        then: "mutual legal assistance far outnumbers extradition"
        byType.MLA > 3 * byType.EXTRADITION

        and: "refusals are few, and some cite grounds the Convention does not permit"
        byOutcome.REFUSED < 0.1 * byOutcome.values().sum()
        fetchLong {
            it.selectCount().from(CASE_LINE).join(REFUSAL_GROUND).on(REFUSAL_GROUND.CODE.eq(CASE_LINE.REFUSAL_GROUND))
                    .where(REFUSAL_GROUND.NOT_PERMITTED_BY_CONVENTION.isTrue())
        } > 0

        and: "Europe relies on the Convention less than Africa"
        conventionShare("EUROPE") < conventionShare("AFRICA")
    }

    def "most requests between two reporting States are reported by both sides"() {
        when:
        demoData.load(2015, 10_000)
        def mirrored = database.inTransaction { DSLContext db ->
            db.fetchOne("""
                SELECT COUNT(*) AS outgoing, SUM(EXISTS (
                         SELECT 1 FROM case_line i JOIN state_return ri ON ri.id = i.return_id
                          WHERE ri.cycle_id = ro.cycle_id AND ri.state_iso3 = o.counterpart_iso3
                            AND i.direction = 'INCOMING' AND i.counterpart_iso3 = ro.state_iso3
                            AND i.cooperation_type = o.cooperation_type AND i.offence_type = o.offence_type
                            AND i.case_count = o.case_count)) AS mirrored
                  FROM case_line o JOIN state_return ro ON ro.id = o.return_id
                 WHERE o.direction = 'OUTGOING'
                   AND EXISTS (SELECT 1 FROM state_return r2 WHERE r2.cycle_id = ro.cycle_id AND r2.state_iso3 = o.counterpart_iso3)
                """)
        }

        then:
        (mirrored.get("mirrored") as long) > 0.75 * (mirrored.get("outgoing") as long)
    }

    def "no line names its own State as the counterpart"() {
        when:
        demoData.load(7, 5_000)

        then:
        fetchLong {
            it.selectCount().from(CASE_LINE).join(STATE_RETURN).on(STATE_RETURN.ID.eq(CASE_LINE.RETURN_ID))
                    .where(CASE_LINE.COUNTERPART_ISO3.eq(STATE_RETURN.STATE_ISO3))
        } == 0
    }

    private List<List> rowsAsWritten() {
        database.inTransaction { DSLContext db ->
            db.select(REPORTING_CYCLE.CODE, STATE_RETURN.STATE_ISO3, STATE_RETURN.SUBMITTED_AT, STATE_RETURN.LATE)
                    .select(CASE_LINE.fields().findAll { it.name != "id" && it.name != "return_id" })
                    .from(CASE_LINE)
                    .join(STATE_RETURN).on(STATE_RETURN.ID.eq(CASE_LINE.RETURN_ID))
                    .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                    .orderBy(CASE_LINE.ID)
                    .fetch()
                    .collect { it.intoList() }
        }
    }

    private Map<String, Long> casesBy(org.jooq.Field<String> dimension) {
        database.inTransaction { DSLContext db ->
            db.select(dimension, sum(CASE_LINE.CASE_COUNT))
                    .from(CASE_LINE)
                    .join(STATE_RETURN).on(STATE_RETURN.ID.eq(CASE_LINE.RETURN_ID))
                    .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                    .groupBy(dimension)
                    .fetch()
                    .collectEntries { [(it.value1()), it.value2().longValue()] }
        } as Map<String, Long>
    }

    private double conventionShare(String region) {
        database.inTransaction { DSLContext db ->
            def row = db.fetchOne("""
                SELECT SUM(CASE WHEN l.legal_basis_category = 'UNTOC' THEN l.case_count ELSE 0 END) / SUM(l.case_count)
                  FROM case_line l JOIN state_return r ON r.id = l.return_id JOIN state s ON s.iso3 = r.state_iso3
                 WHERE s.region_code = ?""", region)
            (row.get(0) as BigDecimal).doubleValue()
        }
    }

    private long fetchLong(Closure query) {
        database.inTransaction { DSLContext db -> (query.call(db).fetchOne(0) as Number).longValue() }
    }
}
