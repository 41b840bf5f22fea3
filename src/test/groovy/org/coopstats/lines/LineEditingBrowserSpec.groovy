package org.coopstats.lines

import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import org.openqa.selenium.By
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE

/** The line form's warnings and conflicts, and the versions pages, as an officer sees them in Chromium. */
@MicronautTest(transactional = false)
class LineEditingBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    @Client("/")
    HttpClient http

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    int year = LocalDate.now().minusYears(1).year

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.insertOpenCycle("OPEN")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        database.account("colleague@justice.example", "colleague passphrase", "OFFICER", "KEN")
        browser.driver.manage().deleteAllCookies()
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")
        browser.startDraft(server.URL, "OPEN")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "a request date years before the period is saved only once the officer confirms it"() {
        when:
        browser.open(server.URL, "/returns/OPEN/lines/new")
        fillValidLine()
        browser.fill("requested_on", "2003-04-05")
        browser.click("button[type=submit]")

        then:
        browser.text("#warning-summary").contains("more than 5 years before the period covered")
        lineCount() == 0
        browser.screenshot("lines-01-warning")

        when:
        browser.driver.findElement(By.xpath("//button[contains(., 'the dates are right')]")).click()
        browser.waitForUrlContaining("done=saved")

        then:
        lineCount() == 1
    }

    def "an officer saving a line a colleague changed meanwhile sees both versions and keeps their entry"() {
        given: "a line, open in the officer's browser"
        browser.open(server.URL, "/returns/OPEN/lines/new")
        fillValidLine()
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("done=saved")
        long id = database.inTransaction { DSLContext db -> db.select(CASE_LINE.ID).from(CASE_LINE).fetchOne().value1() }
        browser.open(server.URL, "/returns/OPEN/lines/${id}")

        when: "the colleague saves a different outcome first"
        def colleague = new SignedInClient(http.toBlocking(), server.URL)
        colleague.signIn("colleague@justice.example", "colleague passphrase")
        colleague.postForm("/returns/OPEN/lines/${id}", "/returns/OPEN/lines/${id}", LineFormSpec.VALID + [
                requested_on: "", completed_on: "", note: "", outcome: "WITHDRAWN", lock_version: "0"])

        and: "the officer saves a different count"
        browser.fill("case_count", "12")
        browser.click("button[type=submit]")

        then: "the conflict names the colleague and shows both values; nothing was overwritten"
        browser.text("#conflict").contains("colleague@justice.example")
        browser.text("table.compare").contains("Withdrawn")
        browser.driver.findElement(By.id("case_count")).getAttribute("value") == "12"
        casesOfOnlyLine() == 3
        browser.screenshot("lines-02-conflict")

        when: "the officer saves their entry after reading the comparison"
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("done=saved")

        then:
        casesOfOnlyLine() == 12
    }

    def "an amended return keeps version 1 readable with its history"() {
        given: "a line, submitted, then a new version"
        browser.open(server.URL, "/returns/OPEN/lines/new")
        fillValidLine()
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("done=saved")
        browser.driver.findElement(By.linkText("Check and submit")).click()
        browser.waitForUrlContaining("/submit")
        browser.click("form[action='/returns/OPEN/submit'] button")
        browser.waitForPath("/returns/OPEN")
        browser.click("form[action='/returns/OPEN/amend'] button")
        browser.waitForPath("/returns/OPEN")

        when:
        browser.driver.findElement(By.linkText("earlier versions")).click()
        browser.waitForPath("/returns/OPEN/versions")
        browser.screenshot("lines-03-versions")
        browser.driver.findElement(By.linkText("Version 1")).click()
        browser.waitForPath("/returns/OPEN/versions/1")

        then:
        browser.text("#status") == "Submitted"
        browser.text("ol.history").contains("officer@justice.example submitted the return")
        browser.driver.findElements(By.cssSelector("#line-table tbody tr")).size() == 1
        browser.screenshot("lines-04-version-1")
    }

    private void fillValidLine() {
        browser.choose("cooperation_type", "MLA")
        browser.choose("direction", "INCOMING")
        browser.choose("counterpart_iso3", "TZA")
        browser.choose("offence_type", "MONEY_LAUNDERING")
        browser.choose("channel", "CENTRAL_AUTHORITY")
        browser.choose("legal_basis_category", "UNTOC")
        browser.choose("outcome", "EXECUTED")
        browser.fill("case_count", "3")
        browser.fill("requested_on", "${year}-02-03")
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }

    private int casesOfOnlyLine() {
        database.inTransaction { DSLContext db -> db.select(CASE_LINE.CASE_COUNT).from(CASE_LINE).fetchOne().value1() }
    }
}
