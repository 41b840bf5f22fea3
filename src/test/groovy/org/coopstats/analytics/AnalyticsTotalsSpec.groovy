package org.coopstats.analytics

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.ApiClient
import org.coopstats.support.DemoForAnalysts
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

import java.math.RoundingMode
import java.time.temporal.ChronoUnit

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.OFFENCE_TYPE
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * Two-dimension tables of every measure, totals included, checked against a computation in
 * Groovy over the same rows: the row totals, column totals and grand total of a measure that
 * does not add up (States, shares, rates, percentiles) are the figure of all their lines, not
 * a sum of cells. Dimensions of the return (cycle, region, reporting State), of the line, and
 * those read through a code (counterpart region, ICCS section) are mixed.
 */
@MicronautTest(transactional = false)
class AnalyticsTotalsSpec extends Specification {

    static final Map<String, String> COLUMN = [cycle: "code", region: "region_code", reporting_state: "state_iso3",
            counterpart_region: "counterpart_region", iccs_section: "iccs_section", legal_basis: "legal_basis_category",
            outcome: "outcome", counterpart_state: "counterpart_iso3"]

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    DemoForAnalysts demo

    @Shared
    List<Map> rows

    @Shared
    String token

    def setup() {
        if (rows != null) {
            return
        }
        demo.loadData(91, 3000)
        database.account("totals.analyst@unodc.example", "analyst passphrase", "ANALYST")
        token = new ApiClient(http.toBlocking()).tokenFor("totals.analyst@unodc.example", "analyst passphrase")
        rows = DemoLines.all(database)
    }

    @Unroll
    def "#measure by #rowDimension and #colDimension: every cell, row total, column total and the total"() {
        given:
        def lines = counted(["ACCEPTED"]).findAll { measure.endsWith("_days") ? it.requested_on != null && it.completed_on != null : true }
        def rowCodes = codes(lines, COLUMN[rowDimension])
        def colCodes = codes(lines, COLUMN[colDimension])

        when:
        def table = inCodeOrder(call("/api/analytics?measure=${measure}&rows=${rowDimension}&cols=${colDimension}"))

        then:
        table.rows*.code == rowCodes
        table.cols*.code == colCodes
        table.cells == rowCodes.collect { row ->
            colCodes.collect { col -> figure(measure, lines.findAll { it[COLUMN[rowDimension]] == row && it[COLUMN[colDimension]] == col }) }
        }
        table.rowTotals == rowCodes.collect { row -> figure(measure, lines.findAll { it[COLUMN[rowDimension]] == row }) }
        table.colTotals == colCodes.collect { col -> figure(measure, lines.findAll { it[COLUMN[colDimension]] == col }) }
        table.total == figure(measure, lines)

        where:
        [measure, dimensions] << [
                ["cases", "lines", "states", "convention_share", "refusal_rate", "forbidden_refusals",
                 "electronic_evidence_share", "median_days", "p90_days"],
                [["region", "legal_basis"], ["counterpart_region", "iccs_section"], ["cycle", "reporting_state"]]
        ].combinations()
        rowDimension = dimensions[0]
        colDimension = dimensions[1]
    }

    def "filters on the counterpart's region and the offence's ICCS section, with submitted returns, narrow every figure"() {
        given:
        def lines = counted(["ACCEPTED", "SUBMITTED"]).findAll { it.counterpart_region in ["AFRICA", "EUROPE"] && it.iccs_section != "ICCS_01" }
        def sections = rows*.iccs_section.unique().findAll { it != "ICCS_01" }.join(",")

        when:
        def table = inCodeOrder(call("/api/analytics?measure=states&rows=outcome&counterpart_region=AFRICA,EUROPE&iccs_section=${sections}&status=submitted"))

        then:
        table.rows*.code == codes(lines, "outcome")
        table.cells*.get(0) == codes(lines, "outcome").collect { code -> figure("states", lines.findAll { it.outcome == code }) }
        table.total == figure("states", lines)
    }

    def "figures are plain decimals in JSON, never with an exponent (17120, not 1.712E+4)"() {
        when:
        def text = http.toBlocking().retrieve(HttpRequest.GET("/api/analytics?measure=cases&rows=reporting_state&cols=cycle")
                .bearerAuth(token), String)

        then: "some figure ends in a zero, which a BigDecimal stripped of trailing zeros writes with an exponent"
        text =~ /[0-9]0[,\]}]/
        !text.contains("E+")
    }

    def "the raw export of lines with a filter through a code gives every counted line with its return's columns"() {
        given:
        def expected = counted(["ACCEPTED"]).findAll { it.iccs_section == "ICCS_02" }.sort { it.id }

        when:
        def text = http.toBlocking().retrieve(HttpRequest.GET("/api/analytics/lines.csv?iccs_section=ICCS_02").bearerAuth(token), String)
        def records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).records

        then:
        records.size() == expected.size()
        [records, expected].transpose().every { record, line ->
            record.get("cycle") == line.code && record.get("reporting_state") == line.state_iso3 &&
                    record.get("region") == line.region_code && record.get("return_version") == "${line.version}" &&
                    record.get("return_status") == line.status && record.get("offence_type") == line.offence_type &&
                    record.get("counterpart_iso3") == (line.counterpart_iso3 ?: "") &&
                    record.get("case_count") == "${line.case_count}" && record.get("completed_on") == (line.completed_on?.toString() ?: "")
        }

        cleanup: "the last feature (Spock runs them in order) leaves the database as the other specs expect it"
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    private Map call(String path) {
        def response = new ApiClient(http.toBlocking()).call(HttpRequest.GET(path), token)
        assert response.status == HttpStatus.OK
        response.body() as Map
    }

    /**
     * The table with its rows and columns in code order, "none" last, as codes() lists them: the
     * service lists them in the taxonomy's order, which ChartApiSpec checks; here the figures count.
     */
    private static Map inCodeOrder(Map table) {
        def order = { List headings -> (0..<headings.size()).toList().sort { a, b ->
            def x = headings[a].code, y = headings[b].code
            x == y ? 0 : x == null ? 1 : y == null ? -1 : x <=> y
        } }
        List rows = order(table.rows)
        List cols = table.cols ? order(table.cols) : []
        table + [rows     : rows.collect { table.rows[it] },
                 cols     : cols.collect { table.cols[it] },
                 cells    : rows.collect { r -> table.cols ? cols.collect { c -> table.cells[r][c] } : table.cells[r] },
                 rowTotals: table.rowTotals ? rows.collect { table.rowTotals[it] } : table.rowTotals,
                 colTotals: cols.collect { table.colTotals[it] }]
    }

    /** The codes present in the lines, in code order, "none" last. */
    private static List<String> codes(List<Map> lines, String column) {
        def present = lines*.get(column).unique()
        present.findAll { it != null }.sort() + (present.contains(null) ? [null] : [])
    }

    /** A measure over some lines, computed here independently of the service. */
    private static Object figure(String measure, List<Map> lines) {
        def cases = { List<Map> some -> some.sum(0) { it.case_count } }
        switch (measure) {
            case "cases": return cases(lines)
            case "lines": return lines.size()
            case "states": return lines*.state_iso3.unique().size()
            case "convention_share": return share(cases(lines.findAll { it.legal_basis_category == "UNTOC" }), cases(lines))
            case "refusal_rate": return share(cases(lines.findAll { it.outcome == "REFUSED" }),
                    cases(lines.findAll { it.outcome in ["EXECUTED", "PARTLY_EXECUTED", "REFUSED"] }))
            case "forbidden_refusals": return cases(lines.findAll { it.refusal_ground in ["BANK_SECRECY", "FISCAL_OFFENCE"] })
            case "electronic_evidence_share": return share(cases(lines.findAll { it.electronic_evidence == "YES" }), cases(lines))
            case "median_days": return percentile(lines, 0.5)
            case "p90_days": return percentile(lines, 0.9)
        }
        throw new IllegalArgumentException(measure)
    }

    private List<Map> counted(List<String> statuses) {
        DemoLines.counted(rows, statuses)
    }

    private static BigDecimal percentile(List<Map> lines, double p) {
        DemoLines.percentile(lines.collect { ChronoUnit.DAYS.between(it.requested_on, it.completed_on) }, p)
    }

    private static BigDecimal share(Number part, Number whole) {
        DemoLines.share(part, whole)
    }
}
