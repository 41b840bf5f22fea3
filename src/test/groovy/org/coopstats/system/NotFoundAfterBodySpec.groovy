package org.coopstats.system

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.lines.LineFormSpec
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import spock.lang.Specification
import spock.lang.Timeout

/**
 * Micronaut 4.10 spun forever on the event loop when a signed-in POST whose body arrived
 * after its headers was answered 404 while a global 404 error route existed
 * (micronaut-core#12940). Without that route, every such answer comes back.
 */
@MicronautTest(transactional = false)
class NotFoundAfterBodySpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Timeout(60)
    def "fifty form posts to a line that is not there are each answered not found"() {
        given:
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "UGA")
        database.insertDraftReturn(database.insertCycle("2030", 2030), "UGA")
        def officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn("officer@justice.example", "officer passphrase")
        def token = SignedInClient.csrfOn(officer.get("/returns/2030/lines/new").body())

        expect:
        (1..50).every { attempt ->
            officer.send(SignedInClient.formPost("/returns/2030/lines/999999", LineFormSpec.VALID + [lock_version: "0", csrf: token])
                    .header("Origin", officer.origin)).status == HttpStatus.NOT_FOUND
        }

        cleanup:
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }
}
