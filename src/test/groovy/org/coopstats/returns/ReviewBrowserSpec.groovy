package org.coopstats.returns

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

@MicronautTest(transactional = false)
class ReviewBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.insertSubmittedReturn(database.insertCycle("2030", 2030), "PER")
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "PER")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an analyst returns Peru's return with a comment, and Peru's officer reads it"() {
        when: "the analyst opens the return from the review list"
        browser.signIn(server.URL, "analyst@unodc.example", "analyst passphrase")
        browser.open(server.URL, "/review")
        browser.driver.findElement(By.linkText("Peru")).click()
        browser.waitForUrlContaining("/review/")

        and: "sends it back without saying why"
        browser.driver.findElement(By.xpath("//button[text()='Return to the State']")).click()

        then: "the page asks for the comment"
        browser.driver.findElement(By.id("error-summary")).text.contains("Say what the State should correct")
        browser.screenshot("review-01-comment-missing")

        when: "the comment is written"
        browser.driver.findElement(By.id("comment")).sendKeys("Please give the refusal ground of the extradition lines.")
        browser.driver.findElement(By.xpath("//button[text()='Return to the State']")).click()
        browser.waitForPath("/review")

        then:
        browser.driver.pageSource.contains("No return is waiting for review.")

        when: "Peru's officer signs in and opens the returns"
        browser.driver.findElement(By.tagName("body"))
        browser.driver.manage().deleteAllCookies()
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")
        browser.open(server.URL, "/returns")

        then:
        browser.driver.findElement(By.id("returns")).text.contains("Returned for correction")
        browser.driver.findElement(By.cssSelector(".comment")).text ==
                "Secretariat: Please give the refusal ground of the extradition lines."
        browser.screenshot("review-02-officer-reads-comment")
    }

}
