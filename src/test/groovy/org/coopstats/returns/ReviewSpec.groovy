package org.coopstats.returns

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import static org.coopstats.db.Tables.STATE_RETURN

@MicronautTest(transactional = false)
class ReviewSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    Long returnId
    SignedInClient analyst

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        returnId = database.insertSubmittedReturn(database.insertCycle("2030", 2030), "KEN")
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        analyst = new SignedInClient(http.toBlocking(), server.URL)
        analyst.signIn("analyst@unodc.example", "analyst passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an analyst accepts a submitted return"() {
        expect:
        analyst.get("/review").body().contains("Kenya")

        when:
        def response = analyst.postForm("/review/$returnId", "/review/$returnId/accept", [lockVersion: "0"])

        then:
        response.status == HttpStatus.SEE_OTHER
        status() == "ACCEPTED"
        !analyst.get("/review").body().contains("Kenya")
        lastAudit() == "RETURN_ACCEPTED"
    }

    def "an analyst returns a return with a comment, which the officer then reads"() {
        when:
        analyst.postForm("/review/$returnId", "/review/$returnId/return",
                [lockVersion: "0", comment: "Line 2 counts 40,000 cases: please check."])

        then:
        status() == "RETURNED"

        when:
        def officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn("officer@justice.example", "officer passphrase")
        def dashboard = officer.get("/returns").body()

        then:
        dashboard.contains("Returned for correction")
        dashboard.contains("Line 2 counts 40,000 cases: please check.")
    }

    def "a return without a comment is refused and the return stays as it was"() {
        when:
        def response = analyst.postForm("/review/$returnId", "/review/$returnId/return", [lockVersion: "0", comment: "  "])

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains("Say what the State should correct")
        status() == "SUBMITTED"
    }

    def "when two analysts decide at once, the second is told and nothing is overwritten"() {
        given: "both opened the return at lock version 0"
        def second = new SignedInClient(http.toBlocking(), server.URL)
        second.signIn("analyst@unodc.example", "analyst passphrase")
        String secondToken = SignedInClient.csrfOn(second.get("/review/$returnId").body())

        when: "the first accepts, then the second returns it"
        analyst.postForm("/review/$returnId", "/review/$returnId/accept", [lockVersion: "0"])
        def response = second.send(SignedInClient.formPost("/review/$returnId/return",
                [lockVersion: "0", comment: "Please check.", csrf: secondToken]).header("Origin", second.origin))

        then:
        response.status == HttpStatus.CONFLICT
        response.body().contains("Someone else has already acted on this return")
        status() == "ACCEPTED"
    }

    def "officers cannot review, and an unknown return is not found"() {
        given:
        def officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn("officer@justice.example", "officer passphrase")

        expect:
        officer.get("/review").status == HttpStatus.FORBIDDEN
        officer.get("/review/$returnId").status == HttpStatus.FORBIDDEN
        analyst.get("/review/999999").status == HttpStatus.NOT_FOUND
    }

    private String status() {
        database.inTransaction { DSLContext db -> db.fetchValue(STATE_RETURN.STATUS, STATE_RETURN.ID.eq(returnId)) }
    }

    private String lastAudit() {
        database.inTransaction { DSLContext db -> db.fetchValue("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") }
    }
}
