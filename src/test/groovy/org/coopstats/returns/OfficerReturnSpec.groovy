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

import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN

@MicronautTest(transactional = false)
class OfficerReturnSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    SignedInClient officer
    LocalDate today = LocalDate.now()

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn("officer@justice.example", "officer passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer starts the return of an open cycle and submits it on time"() {
        given:
        database.insertOpenCycle("OPEN")

        when:
        def started = officer.postForm("/returns/OPEN", "/returns/OPEN/start", [:])

        then:
        started.status == HttpStatus.SEE_OTHER
        returnOf("KEN").status == "DRAFT"

        when:
        def confirmation = officer.get("/returns/OPEN/submit").body()

        then: "the confirmation page says what is being sent"
        confirmation.contains("This return has no case lines")
        !confirmation.contains("marked late")

        when:
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0"])

        then:
        with(returnOf("KEN")) { status == "SUBMITTED" && !late && submittedAt != null }
        officer.get("/returns").body().contains("Submitted")
        database.inTransaction { DSLContext db -> db.fetchValues("SELECT action FROM audit_event ORDER BY id") }
                .containsAll(["RETURN_STARTED", "RETURN_SUBMITTED"])
    }

    def "a return sent after the deadline is accepted but marked late"() {
        given:
        database.insertCycle("LATE", today.minusDays(90), today.minusDays(1))
        officer.postForm("/returns/LATE", "/returns/LATE/start", [:])

        when:
        def confirmation = officer.get("/returns/LATE/submit").body()
        officer.postForm("/returns/LATE/submit", "/returns/LATE/submit", [lockVersion: "0"])

        then:
        confirmation.contains("will be accepted but marked late")
        with(returnOf("KEN")) { status == "SUBMITTED" && late }
    }

    def "a cycle that has not opened yet cannot be started"() {
        given:
        database.insertCycle("SOON", today.plusDays(5), today.plusDays(60))

        when:
        officer.postForm("/returns/SOON", "/returns/SOON/start", [:])

        then:
        returnOf("KEN") == null
        officer.get("/returns/SOON").body().contains("Reporting for this cycle opens on")
    }

    def "an officer acts only on their own State's return"() {
        given: "Peru already has a draft in the cycle"
        def cycle = database.insertOpenCycle("OPEN")
        database.insertDraftReturn(cycle, "PER")

        when: "the Kenyan officer opens and submits the cycle's return"
        officer.postForm("/returns/OPEN", "/returns/OPEN/start", [:])
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0"])

        then: "Kenya's return moved, Peru's did not"
        returnOf("KEN").status == "SUBMITTED"
        returnOf("PER").status == "DRAFT"
    }

    def "a submission of a draft that changed meanwhile is refused, and an unknown cycle is not found"() {
        given:
        database.insertOpenCycle("OPEN")
        officer.postForm("/returns/OPEN", "/returns/OPEN/start", [:])

        expect:
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "7"]).status == HttpStatus.CONFLICT
        returnOf("KEN").status == "DRAFT"
        officer.get("/returns/NOPE").status == HttpStatus.NOT_FOUND
    }

    def "a submitted return is corrected through a new version that starts with the same lines"() {
        given: "Kenya's version 1 was submitted with two lines"
        def cycle = database.insertOpenCycle("OPEN")
        def first = database.insertSubmittedReturn(cycle, "KEN")
        database.inTransaction { DSLContext db ->
            2.times {
                db.insertInto(CASE_LINE).set([(CASE_LINE.RETURN_ID): first, (CASE_LINE.COOPERATION_TYPE): "MLA",
                        (CASE_LINE.DIRECTION): "INCOMING", (CASE_LINE.LEGAL_BASIS_CATEGORY): "UNTOC",
                        (CASE_LINE.OFFENCE_TYPE): "CORRUPTION", (CASE_LINE.ELECTRONIC_EVIDENCE): "NO",
                        (CASE_LINE.CHANNEL): "CENTRAL_AUTHORITY", (CASE_LINE.INFORMAL_CONSULTATION): "NO",
                        (CASE_LINE.OUTCOME): "EXECUTED", (CASE_LINE.CASE_COUNT): 3]).execute()
            }
        }

        when:
        def response = officer.postForm("/returns/OPEN", "/returns/OPEN/amend", [lockVersion: "0"])

        then: "version 2 is a draft with the same lines; version 1 is untouched"
        response.status == HttpStatus.SEE_OTHER
        def versions = database.inTransaction { DSLContext db ->
            db.select(STATE_RETURN.VERSION, STATE_RETURN.STATUS, org.jooq.impl.DSL.count(CASE_LINE.ID))
                    .from(STATE_RETURN).leftJoin(CASE_LINE).on(CASE_LINE.RETURN_ID.eq(STATE_RETURN.ID))
                    .where(STATE_RETURN.STATE_ISO3.eq("KEN")).groupBy(STATE_RETURN.ID).orderBy(STATE_RETURN.VERSION)
                    .fetch().collect { [it.value1(), it.value2(), it.value3()] }
        }
        versions == [[1, "SUBMITTED", 2], [2, "DRAFT", 2]]
        officer.get("/returns/OPEN").body().contains("Check and submit")

        and: "an amendment from a page opened before is refused"
        officer.send(org.coopstats.support.SignedInClient.formPost("/returns/OPEN/amend",
                [lockVersion: "0", csrf: org.coopstats.support.SignedInClient.csrfOn(officer.get("/returns/OPEN/submit").body())])
                .header("Origin", officer.origin)).status == HttpStatus.CONFLICT
    }

    private def returnOf(String iso3) {
        database.inTransaction { DSLContext db -> db.selectFrom(STATE_RETURN).where(STATE_RETURN.STATE_ISO3.eq(iso3)).fetchOne() }
    }
}
