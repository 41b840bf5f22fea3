package org.coopstats.reports

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.ApiClient
import org.coopstats.support.DemoForAnalysts
import org.coopstats.support.TestDatabase
import spock.lang.Shared
import spock.lang.Specification

/** The reports as JSON for the Secretariat's pages and tools, on a small demo data set. */
@MicronautTest(transactional = false)
class ReportApiSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    DemoForAnalysts demoForAnalysts

    @Shared
    String analyst

    @Shared
    String officer

    def setup() {
        if (analyst == null) {
            def tokens = demoForAnalysts.load(2015, 1000, api())
            analyst = tokens.analyst
            officer = tokens.officer
        }
    }

    def "the list gives each report's id, title, measure, axes, chart and notes"() {
        when:
        def response = api().call(HttpRequest.GET("/api/reports"), analyst)

        then:
        response.status == HttpStatus.OK
        with((response.body() as List<Map>).find { it.id == "refusal-grounds" }) {
            title == "Grounds for refusing requests"
            measure == "cases"
            rows == "refusal_ground"
            cols == null
            filters == [outcome: ["REFUSED"]]
            status == "accepted"
            chart == "bar"
            highlight == ["BANK_SECRECY", "FISCAL_OFFENCE"]
            notes.contains("article 18")
        }
    }

    def "one report gives its definition, the words of its chart and its table, narrowed to a cycle"() {
        when:
        def response = api().call(HttpRequest.GET("/api/reports/mla-legal-bases-by-region?cycle=2024"), analyst)

        then:
        response.status == HttpStatus.OK
        with(response.body() as Map) {
            report.id == "mla-legal-bases-by-region"
            categoryAxisLabel == "Region"
            valueAxisLabel == "Per cent of cases"
            sourceLine ==~ /Returns accepted for cycle 2024; \d+ States reporting/
            table.measure == "cases"
            table.rowDimension == "region"
            table.colDimension == "legal_basis"
            !table.rows.isEmpty()
            table.total > 0
        }
    }

    def "#problem is a 400 saying why"() {
        when:
        def response = api().call(HttpRequest.GET(path), analyst)

        then:
        response.status == HttpStatus.BAD_REQUEST
        (response.body() as Map).message.contains(expected)

        where:
        problem                            | path                                                 || expected
        "a filter the report already has"  | "/api/reports/refusal-grounds?outcome=EXECUTED"      || "already keeps outcome REFUSED"
        "another measure"                  | "/api/reports/refusal-grounds?measure=lines"         || "measure, rows and cols are fixed"
        "an unknown code"                  | "/api/reports/refusal-grounds?region=ATLANTIS"       || "is not a code of region"
    }

    def "an unknown report is a 404 in JSON"() {
        when:
        def response = api().call(HttpRequest.GET("/api/reports/happiness"), analyst)

        then:
        response.status == HttpStatus.NOT_FOUND
        (response.body() as Map).message.contains('There is no report "happiness"')
    }

    def "an officer may not read the reports, and someone not signed in must sign in"() {
        expect:
        api().call(HttpRequest.GET("/api/reports"), officer).status == HttpStatus.FORBIDDEN
        api().call(HttpRequest.GET("/api/reports/refusal-grounds"), officer).status == HttpStatus.FORBIDDEN
        api().call(HttpRequest.GET("/api/reports"), null).status == HttpStatus.UNAUTHORIZED
        api().call(HttpRequest.GET("/api/reports/refusal-grounds"), null).status == HttpStatus.UNAUTHORIZED

        cleanup: "the last feature (Spock runs them in order) leaves the database as the other specs expect it"
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    private ApiClient api() {
        new ApiClient(http.toBlocking())
    }
}
