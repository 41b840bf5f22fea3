package org.coopstats.journey

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import org.openqa.selenium.By
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Stepwise

import java.nio.file.Files
import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE

/**
 * The whole round trip of the issue's "done when", in a real headless Chromium: an officer
 * enters a line with a mistake, corrects it, uploads a CSV file, submits and signs out; an
 * analyst returns the return with a comment; the officer reads it. Screenshots of each step
 * land in target/screenshots/journey-*.png.
 */
@Stepwise
@MicronautTest(transactional = false)
class ReportingJourneyBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setupSpec() {
        // nothing: the database is prepared in the first feature, once the context exists
    }

    def "an officer starts the return and enters a line with a mistake"() {
        given:
        database.removeAccounts()
        database.removeReturnsAndCycles()
        def today = LocalDate.now()
        database.insertOpenCycle("OPEN")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "GHA", "Ama Mensah")
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        def year = today.minusYears(1).year

        when:
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")
        browser.startDraft(server.URL, "OPEN")
        browser.driver.findElement(By.linkText("Add a case line")).click()
        browser.waitForUrlContaining("/lines/new")
        browser.choose("cooperation_type", "MLA")
        browser.choose("direction", "OUTGOING")
        browser.choose("counterpart_iso3", "NGA")
        browser.choose("offence_type", "DRUG_TRAFFICKING")
        browser.choose("channel", "CENTRAL_AUTHORITY")
        browser.choose("legal_basis_category", "UNTOC")
        browser.choose("legal_instrument", "UNTOC_ART_18")
        browser.choose("outcome", "REFUSED")
        browser.fill("case_count", "4")
        browser.fill("requested_on", "${year}-03-10")
        browser.screenshot("journey-01-line-form")
        browser.click("button[type=submit]")

        then: "the error is at the top and next to the field, and nothing was saved"
        browser.text("#error-summary").contains("Give the ground for refusal")
        browser.text("#refusal_ground-error").contains("Give the ground for refusal")
        lineCount() == 0
        browser.screenshot("journey-02-line-error")
    }

    def "the officer corrects the mistake and the line is saved"() {
        when:
        browser.choose("refusal_ground", "NO_DUAL_CRIMINALITY")
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("done=saved")

        then:
        browser.text("#total-cases") == "4"
        browser.driver.findElements(By.cssSelector("#line-table tbody tr")).size() == 1
        lineCount() == 1
        browser.screenshot("journey-03-line-saved")
    }

    def "the officer adds more lines from a CSV file exported by their own system"() {
        given: "a semicolon-separated file, columns in another order, as a spreadsheet saves it"
        def year = LocalDate.now().minusYears(1).year
        def csv = Files.createTempFile("journey-", ".csv")
        csv.toFile().text = "\uFEFFcase_count;cooperation_type;direction;counterpart_iso3;legal_basis_category;offence_type;" +
                "electronic_evidence;channel;informal_consultation;outcome;requested_on\r\n" +
                "2;EXTRADITION;INCOMING;TGO;BILATERAL;MONEY_LAUNDERING;NO;DIPLOMATIC;NO;PENDING;${year}-05-02\r\n" +
                "3;MLA;INCOMING;CIV;UNTOC;CYBERCRIME;YES;CENTRAL_AUTHORITY;YES;EXECUTED;${year}-07-19\r\n"

        when:
        browser.open(server.URL, "/returns/OPEN")
        browser.driver.findElement(By.linkText("Upload a CSV file")).click()
        browser.waitForUrlContaining("/upload")
        browser.driver.findElement(By.id("mode-add")).click()
        browser.driver.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString())
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("/uploads/")
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("result")))
        browser.screenshot("journey-04-upload-done")
        browser.open(server.URL, "/returns/OPEN")

        then: "the return now holds the typed line and the two uploaded ones"
        lineCount() == 3
        browser.text("#total-cases") == "9"

        cleanup:
        Files.deleteIfExists(csv)
    }

    def "the officer submits through the confirmation page and signs out"() {
        when:
        browser.driver.findElement(By.linkText("Check and submit")).click()
        browser.waitForUrlContaining("/submit")
        browser.screenshot("journey-05-confirm")
        browser.click("form[action='/returns/OPEN/submit'] button")
        browser.waitForPath("/returns/OPEN")

        then:
        browser.text("#status") == "Submitted"

        when:
        browser.open(server.URL, "/account")
        browser.click("form[action='/sign-out'] button")
        browser.waitForUrlContaining("/sign-in")

        then:
        browser.driver.pageSource.contains("You have signed out.")
    }

    def "an analyst returns the return with a comment"() {
        when:
        browser.signIn(server.URL, "analyst@unodc.example", "analyst passphrase")
        browser.open(server.URL, "/review")
        browser.driver.findElement(By.linkText("Ghana")).click()
        browser.waitForUrlContaining("/review/")
        browser.screenshot("journey-06-analyst-review")
        browser.fill("comment", "Line 1: check the refusal ground, dual criminality is unusual for drug trafficking.")
        browser.driver.findElement(By.xpath("//button[text()='Return to the State']")).click()
        browser.waitForPath("/review")

        then:
        browser.driver.pageSource.contains("No return is waiting for review.")
    }

    def "the officer sees the comment on the return"() {
        when:
        browser.open(server.URL, "/account")
        browser.click("form[action='/sign-out'] button")
        browser.waitForUrlContaining("/sign-in")
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")
        browser.open(server.URL, "/returns/OPEN")

        then:
        browser.text("#status") == "Returned for correction"
        browser.text("#secretariat-comment").contains("check the refusal ground")
        browser.screenshot("journey-07-officer-reads-comment")

        cleanup:
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }
}
