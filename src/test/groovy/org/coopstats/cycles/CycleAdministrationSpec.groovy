package org.coopstats.cycles

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

import static org.coopstats.db.Tables.AUDIT_EVENT
import static org.coopstats.db.Tables.REPORTING_CYCLE

@MicronautTest(transactional = false)
class CycleAdministrationSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    SignedInClient admin

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.account("admin@unodc.example", "administrator passphrase", "ADMIN")
        admin = new SignedInClient(http.toBlocking(), server.URL)
        admin.signIn("admin@unodc.example", "administrator passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an administrator opens a cycle, which the list and the audit trail then show"() {
        when:
        def response = admin.postForm("/admin/cycles/new", "/admin/cycles", valid())

        then:
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/admin/cycles"
        admin.get("/admin/cycles").body().contains("January 1, 2025 to December 31, 2025")
        database.inTransaction { DSLContext db -> db.fetchValue("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") } == "CYCLE_OPENED"
    }

    def "a cycle with #problem is not opened and the form says why"() {
        given:
        database.insertCycle("2024", 2024)

        when:
        def response = admin.postForm("/admin/cycles/new", "/admin/cycles", valid() + change)

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains(message)
        database.inTransaction { DSLContext db -> db.fetchCount(REPORTING_CYCLE) } == 1

        where:
        problem                        | change                        || message
        "no name"                      | [code: ""]                    || "Give the cycle a short name"
        "a name already used"          | [code: "2024"]                || "A cycle with this name already exists."
        "a date that is not a date"    | [deadline: "31/03/2026"]      || "Enter the deadline as a date, for example 2026-01-31."
        "a missing date"               | [opensOn: ""]                 || "Enter the day reporting opens."
        "a period ending before start" | [periodEnd: "2024-12-31"]     || "The period cannot end before it starts."
        "a deadline before opening"    | [deadline: "2026-01-01"]      || "The deadline cannot be before reporting opens."
    }

    def "only administrators open cycles"() {
        given:
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        def analyst = new SignedInClient(http.toBlocking(), server.URL)
        analyst.signIn("analyst@unodc.example", "analyst passphrase")

        expect:
        analyst.get("/admin/cycles/new").status == HttpStatus.FORBIDDEN
        analyst.send(SignedInClient.formPost("/admin/cycles", valid() + [csrf: "x"]).header("Origin", analyst.origin)).status == HttpStatus.FORBIDDEN
        database.inTransaction { DSLContext db -> db.fetchCount(REPORTING_CYCLE) } == 0
    }

    private static Map<String, String> valid() {
        [code: "2025", periodStart: "2025-01-01", periodEnd: "2025-12-31", opensOn: "2026-01-15", deadline: "2026-03-31"]
    }
}
