package org.coopstats.publication

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification


/** In Chromium: an analyst publishes a cycle, accepts a late return and publishes a second edition; an officer chooses consent. */
@MicronautTest(transactional = false)
class PublicationBrowserSpec extends Specification {

    static final String PASSWORD = "a long passphrase"

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    Publisher publisher

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an analyst publishes edition 1, accepts a waiting return, and publishes edition 2 with its change note"() {
        given: "cycle 2040 already published; in 2041 Kenya and Ghana accepted, Nigeria waiting, Senegal in draft"
        def fixture = new PublicationFixture(database)
        Long earlier = database.insertCycle("2040", 2040)
        fixture.version(earlier, "KEN", 1, "ACCEPTED", [4, 6], "NAMED")
        publisher.publish("2040", null, null)
        Long cycle = database.insertCycle("2041", 2041)
        fixture.version(cycle, "KEN", 1, "ACCEPTED", [5, 7], "NAMED")
        fixture.version(cycle, "GHA", 1, "ACCEPTED", [3])
        Long nigeria = fixture.version(cycle, "NGA", 1, "SUBMITTED", [20, 2])
        fixture.version(cycle, "SEN", 1, "DRAFT", [9])
        database.account("analyst@unodc.example", PASSWORD, "ANALYST")

        when: "the analyst opens the publication page from the account page"
        browser.signIn(server.URL, "analyst@unodc.example", PASSWORD)
        browser.driver.findElement(By.linkText("Publication")).click()
        browser.waitForPath("/publication")

        then:
        browser.text("h1") == "Publication of the figures"
        browser.text("#cycle-2041 .accepted").startsWith("2 of ")
        browser.text("#cycle-2041 .submitted") == "1"
        browser.text("#cycle-2041 .change-preview") == "First edition; returns counted: 2; cases: 15"
        browser.text("#cycle-2040 .next-refusal").startsWith("Nothing has changed since edition 1")
        browser.screenshot("publication-01-page")
        show("#cycle-2041 form.publish-form")
        browser.screenshot("publication-01b-form")

        when: "a note over the limit is refused, and kept in the form"
        browser.driver.executeScript("document.getElementById('note-2041').value = 'x'.repeat(1001)")
        browser.click("#cycle-2041 form.publish-form button[type=submit]")
        browser.waitForPath("/publication/2041")

        then:
        browser.text("#error-summary li") == "Keep the note to 1,000 characters or fewer."
        browser.driver.findElement(By.id("note-2041")).getAttribute("value").length() == 1001
        browser.screenshot("publication-02-note-too-long")

        when: "the analyst writes a short note and publishes"
        browser.fill("note-2041", "First figures for 2041. Nigeria's return is still under review.")
        browser.click("#cycle-2041 form.publish-form button[type=submit]")
        browser.waitForUrlContaining("published=2041")

        then: "the page says so and links the public page"
        browser.text("#published-notice").startsWith("Edition 1 of cycle 2041 is published.")
        browser.driver.findElement(By.cssSelector("#published-notice a")).getAttribute("href").endsWith("/published/2041/1")
        browser.text("#cycle-2041 table.editions tbody tr th") == "Edition 1"
        browser.text("#cycle-2041 .analyst-note") == "Analyst's note: First figures for 2041. Nigeria's return is still under review."
        browser.screenshot("publication-03-published")

        when: "the analyst accepts Nigeria's return on the review page"
        browser.open(server.URL, "/review/$nigeria")
        browser.driver.findElement(By.xpath("//button[text()='Accept this return']")).click()
        browser.waitForPath("/review")
        browser.open(server.URL, "/publication")

        then: "the next edition would add it"
        browser.text("#cycle-2041 .change-preview") == "Returns added: 1; cases: +22 (from 15 to 37)"
        browser.text("#cycle-2041 button[type=submit]") == "Publish edition 2 of cycle 2041"
        show("#cycle-2041 .change-preview")
        browser.screenshot("publication-04-preview")

        when:
        browser.click("#cycle-2041 form.publish-form button[type=submit]")
        browser.waitForUrlContaining("edition=2")

        then: "two editions, newest first, each with its change note"
        browser.driver.findElements(By.cssSelector("#cycle-2041 table.editions tbody tr .change-note"))*.text ==
                ["Returns added: 1; cases: +22 (from 15 to 37)", "First edition; returns counted: 2; cases: 15"]
        browser.text("#cycle-2041 .next-refusal").startsWith("Nothing has changed since edition 2")
        browser.text("#published-notice").startsWith("Edition 2 of cycle 2041 is published.")
        browser.screenshot("publication-05-second-edition")

        when: "the same page in Arabic"
        browser.open(server.URL, "/publication?lang=ar")

        then:
        browser.driver.findElement(By.tagName("html")).getAttribute("dir") == "rtl"
        browser.text("h1") == "نشر الأرقام"
        show("#cycle-2041 table.editions")
        browser.screenshot("publication-06-arabic")
    }

    def "an officer chooses to be named when submitting the return"() {
        given:
        database.insertOpenCycle("OPEN")
        database.account("officer@justice.example", PASSWORD, "OFFICER", "KEN")
        browser.signIn(server.URL, "officer@justice.example", PASSWORD)
        browser.startDraft(server.URL, "OPEN")
        browser.open(server.URL, "/returns/OPEN/submit")

        expect: "totals only, unless the officer chooses otherwise"
        browser.driver.findElement(By.id("consent-totals-only")).selected
        browser.screenshot("publication-07-consent")

        when:
        browser.click("label[for=consent-named]")
        browser.click("form[action='/returns/OPEN/submit'] button[type=submit]")
        browser.waitForPath("/returns/OPEN")

        then:
        browser.driver.findElement(org.openqa.selenium.By.id("status")).getAttribute("data-status") == "SUBMITTED"
        browser.text("#publication-consent") == "By name"
    }

    private void show(String css) {
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.driver.findElement(By.cssSelector(css)))
    }
}
