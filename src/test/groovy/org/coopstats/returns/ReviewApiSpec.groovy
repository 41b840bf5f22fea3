package org.coopstats.returns

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.ApiClient
import org.coopstats.support.TestDatabase
import spock.lang.Specification

@MicronautTest(transactional = false)
class ReviewApiSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    Long returnId

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        returnId = database.insertSubmittedReturn(database.insertCycle("2030", 2030), "PER")
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "PER")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an analyst lists, reads and returns a submitted return through the API"() {
        given:
        def analyst = tokenFor("analyst@unodc.example", "analyst passphrase")

        when:
        def waiting = call(HttpRequest.GET("/api/review"), analyst).body()
        def empty = call(HttpRequest.POST("/api/review/${returnId}/return", [lockVersion: 0, comment: " "]), analyst)
        def returned = call(HttpRequest.POST("/api/review/${returnId}/return", [lockVersion: 0, comment: "Add the refusal grounds."]), analyst)
        def again = call(HttpRequest.POST("/api/review/${returnId}/accept", [lockVersion: 0]), analyst)

        then:
        waiting*.stateName == ["Peru"]
        empty.status == HttpStatus.UNPROCESSABLE_ENTITY
        returned.status == HttpStatus.OK
        returned.body().status == "RETURNED"
        returned.body().comment == "Add the refusal grounds."
        again.status == HttpStatus.CONFLICT
    }

    def "an officer cannot use the review API, and an unknown return is not found"() {
        given:
        def officer = tokenFor("officer@justice.example", "officer passphrase")
        def analyst = tokenFor("analyst@unodc.example", "analyst passphrase")

        expect:
        call(HttpRequest.POST("/api/review/${returnId}/accept", [lockVersion: 0]), officer).status == HttpStatus.FORBIDDEN
        call(HttpRequest.GET("/api/review/${returnId}/lines"), officer).status == HttpStatus.FORBIDDEN
        call(HttpRequest.POST("/api/review/999999/accept", [lockVersion: 0]), analyst).status == HttpStatus.NOT_FOUND
    }

    private String tokenFor(String email, String password) {
        new ApiClient(http.toBlocking()).tokenFor(email, password)
    }

    private HttpResponse<Object> call(MutableHttpRequest<?> request, String bearer) {
        new ApiClient(http.toBlocking()).call(request, bearer)
    }
}
