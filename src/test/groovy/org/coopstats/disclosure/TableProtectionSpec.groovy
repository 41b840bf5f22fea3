package org.coopstats.disclosure

import org.coopstats.analytics.AnalyticsTable
import org.coopstats.analytics.AnalyticsTable.Heading
import spock.lang.Specification

/** Analytics tables in, the same tables out with the figures to show as a marker. */
class TableProtectionSpec extends Specification {

    static final List<String> PARTNERS = ["AAA", "BBB", "CCC", null]
    static final List<List<Integer>> CASES = [[1, 0], [10, 20], [5, 7], [1, 30]]

    def "cases by counterpart State and type: a State's small cell and small total are hidden, the lines without a counterpart name no one"() {
        given:
        def table = counts("cases", "counterpart_state", "cooperation_type", PARTNERS, ["MLA", "EXTRADITION"], CASES)

        when:
        def protectedTable = TableProtection.protect(table, Eligible.namingStates(table), 3)

        then: "AAA's 1 case and its total of 1 are primary; the 1 case with no counterpart is not"
        protectedTable.suppression().primary() == [Place.cell(0, 0), Place.rowTotal(0)] as SortedSet
        protectedTable.isSuppressed(0, 0)
        protectedTable.rowTotalSuppressed(0)

        and: "the table itself is untouched: the totals stay true"
        protectedTable.table().is(table)
        !protectedTable.totalSuppressed()

        and: "nothing hidden can be worked out"
        Attacker.disclosed(Published.of(CASES as long[][], protectedTable.suppression())).isEmpty()
    }

    def "in a table of reporting by counterpart States, a State's cell with itself is known to be zero and never hidden"() {
        given: "AAA's 1 case with BBB could otherwise hide behind AAA's and BBB's empty cells with themselves"
        List<List<Integer>> pairs = [[0, 1, 9], [7, 0, 8], [6, 5, 0]]
        def table = counts("cases", "reporting_state", "counterpart_state", ["AAA", "BBB", "CCC"], ["AAA", "BBB", "CCC"], pairs)

        when:
        def protectedTable = TableProtection.protect(table, Eligible.namingStates(table), 3)

        then:
        protectedTable.isSuppressed(0, 1)
        (0..2).every { !protectedTable.isSuppressed(it, it) }
        Attacker.disclosed(Published.of(pairs as long[][], protectedTable.suppression())).isEmpty()
    }

    def "a one-dimensional table hides a small State with its row total, and a second State with it"() {
        given:
        def table = counts("cases", "reporting_state", null, ["AAA", "BBB", "CCC", "DDD"], [], [[12], [1], [30], [7]])

        when:
        def protectedTable = TableProtection.protect(table, Eligible.namingStates(table), 3)

        then:
        (0..3).collect { protectedTable.isSuppressed(it, 0) } == [false, true, false, true]
        (0..3).collect { protectedTable.rowTotalSuppressed(it) } == [false, true, false, true]
        !protectedTable.totalSuppressed()
    }

    def "a table without dimensions, filtered to one State, is withheld when its total is small"() {
        given:
        def table = counts("cases", null, null, [], [], [[total]])

        when:
        def protectedTable = TableProtection.protect(table, Eligible.every(), 3)

        then:
        protectedTable.withheld() == withheld
        protectedTable.totalSuppressed() == withheld
        protectedTable.isSuppressed(0, 0) == withheld

        where:
        total || withheld
        2     || true
        3     || false
        0     || false
    }

    def "a refusal rate is hidden wherever the cases of the same breakdown are, and where it has no cases behind it"() {
        given: "the rates list BBB first and a State the counts do not have"
        def cases = counts("cases", "counterpart_state", "cooperation_type", PARTNERS, ["MLA", "EXTRADITION"], CASES)
        def rates = new AnalyticsTable("refusal_rate", "counterpart_state", "cooperation_type",
                headings(["BBB", "AAA", "DDD"]), headings(["EXTRADITION", "MLA"]),
                [[0.5, 0.25], [null, 1], [0.1, 0.2]].collect { it.collect { it == null ? null : it as BigDecimal } },
                [0.3, 1, 0.2].collect { it as BigDecimal }, [0.4, 0.3].collect { it as BigDecimal }, 0.35)

        when:
        def protectedCases = TableProtection.protect(cases, Eligible.namingStates(cases), 3)
        def protectedRates = TableProtection.protect(rates, cases, Eligible.namingStates(cases), 3)

        then: "BBB and AAA follow their cases, with the columns swapped"
        def from = [0: 1, 1: 0]
        def cols = [0: 1, 1: 0]
        (0..1).every { r ->
            (0..1).every { c -> protectedRates.isSuppressed(r, c) == protectedCases.isSuppressed(from[r], cols[c]) } &&
                    protectedRates.rowTotalSuppressed(r) == protectedCases.rowTotalSuppressed(from[r])
        }
        (0..1).every { c -> protectedRates.colTotalSuppressed(c) == protectedCases.colTotalSuppressed(cols[c]) }

        and: "AAA's rate rests on 1 case"
        protectedRates.isSuppressed(1, 1)
        protectedRates.suppression().primary().contains(Place.cell(1, 1))

        and: "DDD has no cases behind it"
        protectedRates.isSuppressed(2, 0) && protectedRates.isSuppressed(2, 1) && protectedRates.rowTotalSuppressed(2)
        !protectedRates.withheld()
    }

    def "lines hidden where their cases are cannot be worked out either: both are zero in the same cells"() {
        given:
        def cases = counts("cases", "counterpart_state", "cooperation_type", PARTNERS, ["MLA", "EXTRADITION"], CASES)
        List<List<Integer>> lineCounts = [[1, 0], [4, 9], [2, 3], [1, 12]]
        def lines = counts("lines", "counterpart_state", "cooperation_type", PARTNERS, ["MLA", "EXTRADITION"], lineCounts)

        when:
        def protectedLines = TableProtection.protect(lines, cases, Eligible.namingStates(cases), 3)

        then:
        protectedLines.suppression().suppressed() == TableProtection.protect(cases, Eligible.namingStates(cases), 3).suppression().suppressed()
        Attacker.disclosed(Published.of(lineCounts as long[][], protectedLines.suppression())).isEmpty()
    }

    def "refused: #refused"() {
        given:
        def cases = counts("cases", "counterpart_state", "cooperation_type", PARTNERS, ["MLA", "EXTRADITION"], CASES)
        def byDirection = counts("cases", "counterpart_state", "direction", PARTNERS, ["MLA", "EXTRADITION"], CASES)
        def rates = counts("refusal_rate", "counterpart_state", "cooperation_type", PARTNERS, ["MLA", "EXTRADITION"], CASES)
        def wrong = new AnalyticsTable("cases", "counterpart_state", null, headings(["AAA"]), [], [[2 as BigDecimal]],
                [3 as BigDecimal], [], 2 as BigDecimal)

        when:
        switch (refused) {
            case "a rate without the counts behind it" -> TableProtection.protect(rates, Eligible.every(), 3)
            case "a rate as the counts behind a rate" -> TableProtection.protect(rates, rates, Eligible.every(), 3)
            case "counts of another breakdown" -> TableProtection.protect(rates, byDirection, Eligible.every(), 3)
            case "counts that do not add up to their totals" -> TableProtection.protect(wrong, Eligible.every(), 3)
            default -> cases
        }

        then:
        thrown(IllegalArgumentException)

        where:
        refused << ["a rate without the counts behind it", "a rate as the counts behind a rate", "counts of another breakdown",
                    "counts that do not add up to their totals"]
    }

    def "figures naming a State: #figure is #outcome in a table by #rows and #cols"() {
        given:
        def table = new AnalyticsTable("cases", rows, cols, [], [], [], [], [], 0 as BigDecimal)

        expect:
        Eligible.namingStates(table).test(figure) == eligible

        where:
        rows                | cols                | figure                                                   || eligible
        "counterpart_state" | "cooperation_type"  | new Figure(new Heading("PAK", "Pakistan"), new Heading("MLA", "MLA")) || true
        "counterpart_state" | "cooperation_type"  | new Figure(new Heading("PAK", "Pakistan"), null)         || true
        "counterpart_state" | "cooperation_type"  | new Figure(null, new Heading("MLA", "MLA"))              || false
        "counterpart_state" | "cooperation_type"  | new Figure(new Heading(null, "No counterpart"), null)    || false
        "region"            | "reporting_state"   | new Figure(new Heading("AFRICA", "Africa"), new Heading("KEN", "Kenya")) || true
        "region"            | "cooperation_type"  | new Figure(new Heading("AFRICA", "Africa"), null)        || false
        "reporting_state"   | null                | new Figure(null, null)                                   || false

        outcome = eligible ? "eligible" : "not eligible"
    }

    static List<Heading> headings(List<String> codes) {
        codes.collect { new Heading(it, it ?: "None") }
    }

    /** A table of counts as the analytics give it: a one-dimensional one has one cell per row and no column totals. */
    static AnalyticsTable counts(String measure, String rows, String cols, List<String> rowCodes, List<String> colCodes,
                                 List<List<Integer>> cells) {
        def decimals = cells.collect { row -> row.collect { it as BigDecimal } }
        def rowTotals = rows == null ? [] : cells.collect { it.sum() as BigDecimal }
        def colTotals = cols == null ? [] : colCodes.indices.collect { c -> cells.collect { it[c] }.sum() as BigDecimal }
        new AnalyticsTable(measure, rows, cols, headings(rowCodes), headings(colCodes), decimals, rowTotals, colTotals,
                (cells.flatten().sum() ?: 0) as BigDecimal)
    }
}
