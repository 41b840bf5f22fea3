package org.coopstats.explore

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import static org.coopstats.completeness.CompletenessFixture.returnOf

/** The analyst page over HTTP: its figures on known rows, what it refuses, and who may open it. */
@MicronautTest(transactional = false)
class ExplorePageSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    SignedInClient analyst

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        Long cycle = database.insertCycle("2030", 2030)
        returnOf(database, cycle, "KEN", 1, "ACCEPTED", false, [3, 1])
        returnOf(database, cycle, "FRA", 1, "ACCEPTED", false, [5])
        returnOf(database, cycle, "NGA", 1, "SUBMITTED", false, [2])
        returnOf(database, cycle, "JPN", 1, "DRAFT", false, [40])
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        analyst = signedIn("analyst@unodc.example", "analyst passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "a first visit shows the legal bases by type of cooperation"() {
        when:
        def page = analyst.get("/analytics")

        then:
        page.status == HttpStatus.OK
        page.body().contains('<h2 id="answer-title">Cases by legal basis and type of cooperation</h2>')
        page.body().contains("Returns accepted for cycle 2030; 2 States reporting")
    }

    def "cases by reporting State count accepted returns, and submitted ones on request, never drafts"() {
        when:
        def accepted = analyst.get("/analytics?measure=cases&rows=reporting_state")
        def submitted = analyst.get("/analytics?measure=cases&rows=reporting_state&status=submitted")

        then:
        rowOf(accepted.body(), "Kenya") == "4"
        rowOf(accepted.body(), "France") == "5"
        rowOf(accepted.body(), "Nigeria") == null
        grandTotal(accepted.body()) == "9"

        and:
        rowOf(submitted.body(), "Nigeria") == "2"
        grandTotal(submitted.body()) == "11"
        rowOf(submitted.body(), "Japan") == null
    }

    def "the links give exactly the figures shown: the CSV of the same query"() {
        when:
        def page = analyst.get("/analytics?measure=cases&rows=reporting_state&region=AFRICA,EUROPE")
        def csvUrl = (page.body() =~ /id="download-csv" href="([^"]+)"|href="([^"]+)" id="download-csv"/)[0].findAll { it != null }[1]
                .replace("&amp;", "&")
        def csv = analyst.send(io.micronaut.http.HttpRequest.GET(csvUrl).header("Accept", "*/*"))

        then:
        csvUrl == "/api/analytics?measure=cases&rows=reporting_state&region=AFRICA%2CEUROPE&format=csv"
        csv.status == HttpStatus.OK
        csv.body().contains("KEN,Kenya,4")
        csv.body().contains("FRA,France,5")
    }

    def "the share of another legal basis is named after it, and the form's basis is ignored for other measures"() {
        when:
        def bilateral = analyst.get("/analytics?measure=convention_share&basis=BILATERAL&rows=reporting_state")
        def convention = analyst.get("/analytics?measure=convention_share&basis=UNTOC&rows=reporting_state")
        def cases = analyst.get("/analytics?measure=cases&basis=BILATERAL&rows=reporting_state")

        then: "every fixture line has the Convention as its legal basis"
        bilateral.body().contains('<h2 id="answer-title">Share of cases with A bilateral treaty as legal basis by reporting state</h2>')
        rowOf(bilateral.body(), "Kenya") == "0.0%"
        rowOf(convention.body(), "Kenya") == "100.0%"
        cases.status == HttpStatus.OK
        rowOf(cases.body(), "Kenya") == "4"
    }

    def "a shared title is shown as text, never as markup"() {
        when:
        def page = analyst.get("/analytics?rows=region&title=" + URLEncoder.encode("<script>alert(1)</script>", "UTF-8"))

        then:
        page.status == HttpStatus.OK
        !page.body().contains("<script>alert(1)</script>")
        page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;")
    }

    def "#problem is answered 400 with the reason on the page and the form kept"() {
        when:
        def page = analyst.get(path)

        then:
        page.status == HttpStatus.BAD_REQUEST
        page.body().contains('id="query-error"')
        errorOf(page.body()).contains(expected)
        page.body().contains('<form method="get" action="/analytics"')
        !page.body().contains('id="chart-image"')

        where:
        problem                      | path                                                              || expected
        "an unknown measure"         | "/analytics?measure=happiness&rows=region"                        || "happiness"
        "an unknown dimension"       | "/analytics?rows=planet"                                          || "planet"
        "a code that does not exist" | "/analytics?rows=region&legal_basis=MAGIC"                        || "is not a code of legal_basis"
        "the same dimension twice"   | "/analytics?rows=region&cols=region"                              || "two different dimensions"
        "stacked shares"             | "/analytics?measure=refusal_rate&rows=region&cols=cycle&chart=stacked" || "measure that adds up"
        "an unknown chart"           | "/analytics?rows=region&chart=pie"                                || "Unknown chart"
        "an unknown parameter"       | "/analytics?rows=region&colour=red"                               || "colour"
    }

    def "an officer is refused, and someone not signed in is sent to sign in"() {
        given:
        def officer = signedIn("officer@justice.example", "officer passphrase")
        def anonymous = new SignedInClient(http.toBlocking(), server.URL)

        expect:
        officer.get("/analytics").status == HttpStatus.FORBIDDEN
        anonymous.get("/analytics").status == HttpStatus.SEE_OTHER
        anonymous.get("/analytics").headers.get("Location") == "/sign-in"
    }

    private static String rowOf(String html, String label) {
        def match = html =~ /<th scope="row">${label}<\/th>\s*<td class="num">([^<]*)<\/td>/
        match.find() ? match.group(1) : null
    }

    private static String errorOf(String html) {
        def match = html =~ /(?s)id="query-error">.*?<p>(.*?)<\/p>/
        match.find() ? match.group(1) : ""
    }

    private static String grandTotal(String html) {
        def match = html =~ /id="grand-total">([^<]*)</
        match.find() ? match.group(1) : null
    }

    private SignedInClient signedIn(String email, String password) {
        def client = new SignedInClient(http.toBlocking(), server.URL)
        client.signIn(email, password)
        client
    }
}
