package org.coopstats.disclosure

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.analytics.AnalyticsQueries
import org.coopstats.analytics.AnalyticsQuery
import org.coopstats.analytics.AnalyticsTable
import org.coopstats.analytics.Dimension
import org.coopstats.analytics.Measure
import org.coopstats.support.DemoForAnalysts
import spock.lang.Shared
import spock.lang.Specification

/** The analytics' own tables on the demo data, protected with the service's threshold, then attacked. */
@MicronautTest(transactional = false)
class DisclosureOnDemoDataSpec extends Specification {

    @Inject
    AnalyticsQueries queries

    @Inject
    Disclosure disclosure

    @Inject
    DemoForAnalysts demo

    @Shared
    boolean loaded

    def setup() {
        if (!loaded) {
            demo.loadData(2015, 4000)
            loaded = true
        }
    }

    def "the service suppresses counts below 3 unless told otherwise"() {
        expect:
        disclosure.threshold() == 3
    }

    def "#measure by #rows and #cols: every small count of a State is hidden, and nothing hidden can be worked out"() {
        given:
        def table = queries.run(new AnalyticsQuery(measure, rows, cols, [:], ["ACCEPTED"] as Set))
        def eligible = Eligible.namingStates(table)

        when:
        def result = disclosure.protect(table, eligible)
        long[][] cells = counts(table)

        then: "the demo has small counts to hide"
        !result.suppression().primary().isEmpty()
        !result.withheld()

        and:
        DisclosureAttackSpec.primaries(cells, { Place p -> eligible.test(figure(table, p)) }, 3) == result.suppression().primary()
        Attacker.disclosed(Published.of(cells, result.suppression())).isEmpty()

        where:
        measure       | rows                        | cols
        Measure.CASES | Dimension.COUNTERPART_STATE | Dimension.COOPERATION_TYPE
        Measure.CASES | Dimension.REPORTING_STATE   | Dimension.DIRECTION
        Measure.CASES | Dimension.COUNTERPART_STATE | null
        Measure.LINES | Dimension.REGION            | Dimension.COUNTERPART_STATE
    }

    def "a table filtered to one State: each figure is about it, and a small grand total withholds the table"() {
        given: "the reporting State with the fewest accepted cases"
        def byState = queries.run(new AnalyticsQuery(Measure.CASES, Dimension.REPORTING_STATE, null, [:], ["ACCEPTED"] as Set))
        def smallest = byState.rows()[byState.rowTotals().indexOf(byState.rowTotals().min())].code()
        def filters = [(Dimension.REPORTING_STATE): [smallest] as Set]
        def table = queries.run(new AnalyticsQuery(Measure.CASES, Dimension.COUNTERPART_REGION, Dimension.COOPERATION_TYPE,
                filters, ["ACCEPTED"] as Set))

        when:
        def result = disclosure.protect(table, Eligible.every())

        then:
        result.withheld() == (table.total() < 3)
        DisclosureAttackSpec.primaries(counts(table), { Place p -> true }, 3).every { result.suppression().isSuppressed(it) }
        Attacker.disclosed(Published.of(counts(table), result.suppression())).isEmpty()
    }

    def "the refusal rate by counterpart State is hidden wherever the cases behind it are"() {
        given:
        def query = { Measure measure -> new AnalyticsQuery(measure, Dimension.COUNTERPART_STATE, Dimension.COOPERATION_TYPE, [:], ["ACCEPTED"] as Set) }
        def cases = queries.run(query(Measure.CASES))
        def rates = queries.run(query(Measure.REFUSAL_RATE))

        when:
        def protectedCases = disclosure.protect(cases, Eligible.namingStates(cases))
        def protectedRates = disclosure.protect(rates, cases, Eligible.namingStates(cases))

        then:
        rates.rows() == cases.rows() && rates.cols() == cases.cols()
        protectedRates.suppression().suppressed() == protectedCases.suppression().suppressed()
    }

    static long[][] counts(AnalyticsTable table) {
        table.cells().collect { row -> row.collect { it == null ? 0L : it.longValueExact() } as long[] } as long[][]
    }

    static Figure figure(AnalyticsTable table, Place place) {
        new Figure(place.row() == Place.TOTAL || table.rows().isEmpty() ? null : table.rows()[place.row()],
                place.col() == Place.TOTAL || table.cols().isEmpty() ? null : table.cols()[place.col()])
    }
}
