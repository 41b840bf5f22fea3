package org.coopstats.system

import io.micronaut.core.type.Argument
import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import static org.coopstats.db.Tables.REPORTING_CYCLE

@MicronautTest(transactional = false)
class HttpSurfaceSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    def "health answers 200 while the database answers"() {
        when:
        def response = http.toBlocking().exchange("/health", Map)

        then:
        response.status == HttpStatus.OK
        response.body() == [status: "UP"]
    }

    def "the States API lists every State with its codes, region and party status"() {
        when:
        List<Map> states = http.toBlocking().retrieve(HttpRequest.GET("/api/states"), Argument.listOf(Map))

        then:
        states.size() == 196
        with(states.find { it.iso3 == "MEX" }) {
            m49 == 484
            name == "Mexico"
            region == "Americas"
            subregion == "Latin America and the Caribbean"
            party == true
        }
        states.every { it.keySet().containsAll(["m49", "iso3", "name", "region", "subregion", "party"]) }
        states.find { it.iso3 == "EUU" }.subregion == null
    }

    def "the taxonomies API lists every taxonomy with its codes and labels"() {
        when:
        List<Map> taxonomies = http.toBlocking().retrieve(HttpRequest.GET("/api/taxonomies"), Argument.listOf(Map))

        then:
        taxonomies*.code.containsAll(["cooperation_type", "direction", "legal_basis_category", "legal_instrument",
                                       "iccs_section", "offence_type", "yes_no_unknown", "channel", "outcome",
                                       "refusal_ground", "region"])
        with(taxonomies.find { it.code == "cooperation_type" }.terms.find { it.code == "MLA" }) {
            label == "Mutual legal assistance"
            details.convention_article == "art. 18"
        }
        taxonomies.find { it.code == "offence_type" }.terms.find { it.code == "DRUG_TRAFFICKING" }.parent == "ICCS_06"
    }

    def "the home page says what the service is and lists the reporting cycles"() {
        given:
        database.removeReturnsAndCycles()
        database.insertCycle("2031", 2031)

        when:
        def response = http.toBlocking().exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML), String)

        then:
        response.contentType.get().matches(MediaType.TEXT_HTML_TYPE)
        with(response.body()) {
            contains("Organized Crime Convention")
            contains("January 1, 2031 to December 31, 2031")
            contains("Not yet open")
        }

        cleanup:
        database.removeReturnsAndCycles()
    }

    def "an unknown page gives a 404 page to a browser"() {
        when:
        http.toBlocking().exchange(HttpRequest.GET("/no/such/page").accept(MediaType.TEXT_HTML), String)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.NOT_FOUND
        e.response.getBody(String).get().contains("Page not found")
        e.response.getBody(String).get().contains("/no/such/page")
    }

    def "the not-found page is in the language the browser asks for (#language), the JSON answer stays in English"() {
        when:
        http.toBlocking().exchange(HttpRequest.GET("/no/such/page").accept(MediaType.TEXT_HTML)
                .header("Accept-Language", "$language;q=0.9, en;q=0.5"), String)

        then:
        def page = thrown(HttpClientResponseException)
        page.status == HttpStatus.NOT_FOUND
        with(page.response.getBody(String).get()) {
            contains("<html lang=\"$language\" dir=\"$direction\">")
            contains(title)
            contains("/no/such/page")
        }

        when:
        http.toBlocking().exchange(HttpRequest.GET("/api/nothing-here").header("Accept-Language", language), Map)

        then:
        def api = thrown(HttpClientResponseException)
        api.response.getBody(Map).get().error == "Page not found"

        where:
        language | direction | title
        "fr"     | "ltr"     | "Page introuvable"
        "ar"     | "rtl"     | "الصفحة غير موجودة"
        "zh"     | "ltr"     | "找不到页面"
    }

    def "an unknown API path gives a 404 in JSON"() {
        when:
        http.toBlocking().exchange(HttpRequest.GET("/api/nothing-here"), Map)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.NOT_FOUND
        e.response.getBody(Map).get().message.contains("/api/nothing-here")
    }

    def "a server error gives a 500 page without the stack trace or the exception text"() {
        when:
        http.toBlocking().exchange(HttpRequest.GET("/test-failures/crash").accept(MediaType.TEXT_HTML), String)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.INTERNAL_SERVER_ERROR
        def page = e.response.getBody(String).get()
        page.contains("Something went wrong")
        !page.contains("SELECT")
        !page.contains("IllegalStateException")
        !page.contains("at org.coopstats")
    }

    def "data the database refuses gives a clear 422 message and no SQL"() {
        when:
        http.toBlocking().exchange(HttpRequest.POST("/test-failures/impossible-cycle", ""), String)

        then:
        def e = thrown(HttpClientResponseException)
        e.status == HttpStatus.UNPROCESSABLE_ENTITY
        def body = e.response.getBody(String).get()
        body.contains("The end of the period covered cannot be before its start.")
        !body.contains("CONSTRAINT")
        !body.contains("reporting_cycle")

        and: "nothing was written"
        database.inTransaction { db -> db.fetchCount(REPORTING_CYCLE, REPORTING_CYCLE.CODE.eq("BROKEN")) } == 0
    }
}
