package org.coopstats.returns

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.demo.DemoDataService
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

@MicronautTest(transactional = false)
class ReturnsDashboardSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Inject
    DemoDataService demoData

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        demoData.load(2015, 2_000)
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer sees every cycle with their own State's return, and no other State"() {
        given: "an officer of a State that reported in 2024 but not in 2023, and one that reported in both"
        def reportedOnlyIn2024 = statesReporting("2024") - statesReporting("2023")
        String iso3 = reportedOnlyIn2024.first()
        database.account("officer@justice.example", "officer passphrase", "OFFICER", iso3)
        def officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn("officer@justice.example", "officer passphrase")

        when:
        def page = officer.get("/returns")
        def rows = page.body().split("<tr>").findAll { it.contains('<th scope="row">') }

        then: "newest cycle first: accepted in 2024, nothing in 2023"
        page.status == HttpStatus.OK
        page.body().contains("Returns of ${stateName(iso3)}")
        rows.size() == 2
        rows[0].contains(">2024<") && rows[0].contains("Accepted")
        rows[1].contains(">2023<") && rows[1].contains("No return yet")

        and: "no other State's name appears"
        (statesReporting("2024") - [iso3]).every { !page.body().contains(">${stateName(it)}<".toString()) }
    }

    def "analysts and anonymous visitors do not get an officer's dashboard"() {
        given:
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        def analyst = new SignedInClient(http.toBlocking(), server.URL)
        analyst.signIn("analyst@unodc.example", "analyst passphrase")

        expect:
        analyst.get("/returns").status == HttpStatus.FORBIDDEN
        new SignedInClient(http.toBlocking(), server.URL).get("/returns").headers.get("Location") == "/sign-in"
    }

    private Set<String> statesReporting(String cycle) {
        database.inTransaction { DSLContext db ->
            db.fetchValues("SELECT r.state_iso3 FROM state_return r JOIN reporting_cycle c ON c.id = r.cycle_id WHERE c.code = ? ORDER BY r.state_iso3", cycle) as Set
        }
    }

    private String stateName(String iso3) {
        database.inTransaction { DSLContext db -> db.fetchValue("SELECT name_en FROM state WHERE iso3 = ?", iso3) }
    }
}
