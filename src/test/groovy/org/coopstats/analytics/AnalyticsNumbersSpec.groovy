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

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.OFFENCE_TYPE
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * The analytics figures checked against an independent computation in Groovy over the same
 * rows: a generated data set with returns in every status and an amended return (version 2),
 * where only the latest accepted version of each return counts and drafts never do.
 */
@MicronautTest(transactional = false)
class AnalyticsNumbersSpec extends Specification {

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
        demo.loadData(77, 4000)
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        token = new ApiClient(http.toBlocking()).tokenFor("analyst@unodc.example", "analyst passphrase")
        rows = DemoLines.all(database)
    }

    @Unroll
    def "cases by #dimension equal the sum of case counts of the latest accepted versions"() {
        when:
        def table = call("/api/analytics?measure=cases&rows=${dimension}")

        then:
        def expected = counted(["ACCEPTED"]).groupBy { it[column] }.collectEntries { code, lines -> [(code): lines.sum { it.case_count }] }
        cells(table) == expected
        table.total == counted(["ACCEPTED"]).sum { it.case_count }

        where:
        dimension               | column
        "cycle"                 | "code"
        "region"                | "region_code"
        "reporting_state"       | "state_iso3"
        "counterpart_state"     | "counterpart_iso3"
        "counterpart_region"    | "counterpart_region"
        "cooperation_type"      | "cooperation_type"
        "direction"             | "direction"
        "legal_basis"           | "legal_basis_category"
        "instrument"            | "legal_instrument"
        "offence"               | "offence_type"
        "iccs_section"          | "iccs_section"
        "outcome"               | "outcome"
        "refusal_ground"        | "refusal_ground"
        "channel"               | "channel"
        "electronic_evidence"   | "electronic_evidence"
        "informal_consultation" | "informal_consultation"
    }

    def "lines and reporting States by region, and the Convention's share by cooperation type"() {
        given:
        def accepted = counted(["ACCEPTED"])

        expect:
        cells(call("/api/analytics?measure=lines&rows=region")) ==
                accepted.groupBy { it.region_code }.collectEntries { code, lines -> [(code): lines.size()] }
        cells(call("/api/analytics?measure=states&rows=region")) ==
                accepted.groupBy { it.region_code }.collectEntries { code, lines -> [(code): lines*.state_iso3.unique().size()] }
        cells(call("/api/analytics?measure=convention_share&rows=cooperation_type")) ==
                accepted.groupBy { it.cooperation_type }.collectEntries { code, lines ->
                    [(code): share(lines.findAll { it.legal_basis_category == "UNTOC" }.sum(0) { it.case_count }, lines.sum { it.case_count })]
                }
    }

    def "the share of another legal-basis category, asked for with basis, by region"() {
        given:
        def accepted = counted(["ACCEPTED"])

        expect:
        cells(call("/api/analytics?measure=convention_share&basis=BILATERAL&rows=region")) ==
                accepted.groupBy { it.region_code }.collectEntries { code, lines ->
                    [(code): share(lines.findAll { it.legal_basis_category == "BILATERAL" }.sum(0) { it.case_count }, lines.sum { it.case_count })]
                }
        call("/api/analytics?measure=convention_share&basis=BILATERAL").total ==
                share(accepted.findAll { it.legal_basis_category == "BILATERAL" }.sum(0) { it.case_count }, accepted.sum { it.case_count })
    }

    @Unroll
    def "#measure of days from request to completion by cooperation type, over lines with both dates"() {
        given:
        def dated = counted(["ACCEPTED"]).findAll { it.requested_on != null && it.completed_on != null }

        expect:
        cells(call("/api/analytics?measure=${measure}&rows=cooperation_type")) ==
                dated.groupBy { it.cooperation_type }.collectEntries { code, lines ->
                    [(code): percentile(lines.collect { java.time.temporal.ChronoUnit.DAYS.between(it.requested_on, it.completed_on) }, p)]
                }

        where:
        measure       | p
        "median_days" | 0.5
        "p90_days"    | 0.9
    }

    def "percentiles interpolate between neighbours as PERCENTILE_CONT does"() {
        expect:
        Percentiles.continuous([4, 1, 3, 2], 0.5) == 2.5
        Percentiles.continuous((1..10).toList(), 0.9) == 9.1
        Percentiles.continuous([], 0.5) == null
    }

    def "legal basis by cooperation type: every cell, and row and column totals that are true"() {
        given:
        def accepted = counted(["ACCEPTED"])

        when:
        def table = call("/api/analytics?measure=cases&rows=legal_basis&cols=cooperation_type")

        then:
        table.rows.eachWithIndex { row, i ->
            table.cols.eachWithIndex { col, j ->
                assert table.cells[i][j] == (accepted.findAll { it.legal_basis_category == row.code && it.cooperation_type == col.code }
                        .sum(0) { it.case_count })
            }
            assert table.rowTotals[i] == accepted.findAll { it.legal_basis_category == row.code }.sum { it.case_count }
        }
        table.colTotals == table.cols.collect { col -> accepted.findAll { it.cooperation_type == col.code }.sum { it.case_count } }
    }

    def "submitted returns count on request, drafts and returned returns never, and an amended return once"() {
        given:
        def withSubmitted = counted(["ACCEPTED", "SUBMITTED"])

        expect:
        call("/api/analytics?measure=cases&status=submitted").total == withSubmitted.sum { it.case_count }
        rows.any { it.status == "DRAFT" } && rows.any { it.status == "RETURNED" } && rows.any { it.version == 2 }
        !counted(["ACCEPTED", "SUBMITTED"]).any { it.status in ["DRAFT", "RETURNED"] }
    }

    def "the same table as CSV parses back to the same numbers, with codes and labels"() {
        given:
        def json = call("/api/analytics?measure=cases&rows=legal_basis&cols=direction")

        when:
        def response = http.toBlocking().exchange(HttpRequest.GET("/api/analytics?measure=cases&rows=legal_basis&cols=direction&format=csv&bom=1")
                .bearerAuth(token), String)
        def text = response.body()
        def records = org.apache.commons.csv.CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).records

        then:
        text.startsWith("\uFEFF")
        response.contentType.get().toString().startsWith("text/csv")
        records[0].toList() == ["legal_basis", "label"] + json.cols.collect { "${it.code} ${it.label}".toString() } + ["total"]
        records[1].get(0) == json.rows[0].code
        records[1].get(1) == json.rows[0].label
        records.subList(1, records.size() - 1).collect { it.toList().subList(2, it.size() - 1).collect { new BigDecimal(it) } } == json.cells
        new BigDecimal(records.last().get(records.last().size() - 1)) == json.total
    }

    def "the raw export streams every counted line behind the filters, and nothing private"() {
        when:
        def text = http.toBlocking().retrieve(HttpRequest.GET("/api/analytics/lines.csv?region=AFRICA,ASIA&status=submitted")
                .bearerAuth(token), String)
        def records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).records
        def expected = counted(["ACCEPTED", "SUBMITTED"]).findAll { it.region_code in ["AFRICA", "ASIA"] }

        then:
        records.size() == expected.size()
        records.sum { it.get("case_count") as int } == expected.sum { it.case_count }
        records*.get("region").unique().sort() == ["AFRICA", "ASIA"]
        !text.contains("note")
    }

    def "a cell that looks like a formula comes back as text"() {
        expect:
        AnalyticsCsv.safe("=SUM(A1)") == "'=SUM(A1)"
        AnalyticsCsv.safe("@cmd") == "'@cmd"
        AnalyticsCsv.safe("-12.5") == "-12.5"
        AnalyticsCsv.safe("Bank secrecy") == "Bank secrecy"
    }

    def "a filter narrows the lines, several codes at once"() {
        expect:
        call("/api/analytics?measure=cases&region=AFRICA,EUROPE&cooperation_type=MLA").total ==
                counted(["ACCEPTED"]).findAll { it.region_code in ["AFRICA", "EUROPE"] && it.cooperation_type == "MLA" }.sum(0) { it.case_count }
    }

    @Unroll
    def "a bad query (#problem) is a 400 saying what is allowed"() {
        when:
        def response = new ApiClient(http.toBlocking()).call(HttpRequest.GET(query), token)

        then:
        response.status == HttpStatus.BAD_REQUEST
        response.body().message.contains(says)

        where:
        problem                    | query                                               | says
        "an unknown measure"       | "/api/analytics?measure=happiness"                  | "Measures: cases, lines"
        "an unknown dimension"     | "/api/analytics?rows=weather"                       | "Dimensions: cycle, region"
        "three dimensions"         | "/api/analytics?rows=region,outcome&cols=channel"   | "at most two dimensions"
        "an unknown code"          | "/api/analytics?region=ATLANTIS"                    | "is not a code of region"
        "an unknown parameter"     | "/api/analytics?colour=blue"                        | "Unknown parameter"
        "a basis for another measure" | "/api/analytics?measure=cases&basis=BILATERAL"   | "it means nothing for cases"
        "an unknown legal basis"   | "/api/analytics?measure=convention_share&basis=MAGIC" | "is not a legal-basis category"
    }

    def "an officer cannot use the analytics"() {
        given:
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        def officer = new ApiClient(http.toBlocking()).tokenFor("officer@justice.example", "officer passphrase")

        expect:
        new ApiClient(http.toBlocking()).call(HttpRequest.GET("/api/analytics"), officer).status == HttpStatus.FORBIDDEN

        cleanup: "the last feature (Spock runs them in order) leaves the database as the other specs expect it"
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    private Map call(String path) {
        def response = new ApiClient(http.toBlocking()).call(HttpRequest.GET(path), token)
        assert response.status == HttpStatus.OK
        response.body() as Map
    }

    /** code -> value of a one-dimension table, values as the API sent them. */
    private static Map cells(Map table) {
        [table.rows*.code, table.cells*.get(0)].transpose().collectEntries { [(it[0]): it[1]] }
    }

    private List<Map> counted(List<String> statuses) {
        DemoLines.counted(rows, statuses)
    }

    private static BigDecimal percentile(List<Long> days, double p) {
        DemoLines.percentile(days, p)
    }

    private static BigDecimal share(Number part, Number whole) {
        DemoLines.share(part, whole)
    }
}
