package org.coopstats.returns

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


@MicronautTest(transactional = false)
class VersionsSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    SignedInClient officer

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        database.insertOpenCycle("OPEN")
        officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn("officer@justice.example", "officer passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an amended return keeps its first version readable, with its lines and who changed what"() {
        given: "version 1 with one line, submitted"
        officer.postForm("/returns/OPEN", "/returns/OPEN/start", [:])
        officer.postForm("/returns/OPEN/lines/new", "/returns/OPEN/lines", LineFormSpec.VALID + [requested_on: "", completed_on: ""])
        submit()

        when: "version 2 changes the line's count"
        officer.postForm("/returns/OPEN", "/returns/OPEN/amend", [lockVersion: lockVersionOn("/returns/OPEN")])
        def lineId = (officer.get("/returns/OPEN").body() =~ /id="line-(\d+)"/)[0][1]
        officer.postForm("/returns/OPEN/lines/${lineId}", "/returns/OPEN/lines/${lineId}",
                LineFormSpec.VALID + [requested_on: "", completed_on: "", case_count: "8", lock_version: "0"])

        then: "the versions page lists both, and version 1 still shows 3 cases"
        def list = officer.get("/returns/OPEN/versions").body()
        list.contains("Version 1")
        list.contains("Version 2")
        def first = officer.get("/returns/OPEN/versions/1").body()
        first.contains('<td class="num">3</td>')
        first.contains("officer@justice.example</strong> submitted the return")
        first.contains("officer@justice.example</strong> added a line")

        and: "the new version carried the line's note over"
        database.inTransaction { org.jooq.DSLContext db ->
            db.select(org.coopstats.db.Tables.CASE_LINE.NOTE).from(org.coopstats.db.Tables.CASE_LINE).fetch().collect { it.value1() }
        } == ['=HYPERLINK("x")', '=HYPERLINK("x")']

        and: "version 2's history names the changed field"
        def second = officer.get("/returns/OPEN/versions/2").body()
        second.contains("changed a line")
        second.contains("caseCount: 3 → 8")
    }

    def "an officer of another State gets not found for the versions of a return they do not have"() {
        given:
        officer.postForm("/returns/OPEN", "/returns/OPEN/start", [:])
        database.account("other@justice.example", "other passphrase", "OFFICER", "UGA")
        def other = new SignedInClient(http.toBlocking(), server.URL)
        other.signIn("other@justice.example", "other passphrase")

        expect:
        other.get("/returns/OPEN/versions").status == HttpStatus.NOT_FOUND
        other.get("/returns/OPEN/versions/1").status == HttpStatus.NOT_FOUND
        officer.get("/returns/OPEN/versions/1").status == HttpStatus.OK
        officer.get("/returns/OPEN/versions/1?page=2147483647").status == HttpStatus.OK
    }

    private void submit() {
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: lockVersionOn("/returns/OPEN/submit")])
    }

    private String lockVersionOn(String page) {
        (officer.get(page).body() =~ /name="lockVersion" value="(\d+)"/)[0][1]
    }
}
