package org.coopstats.completeness

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import static org.coopstats.completeness.CompletenessFixture.returnOf

@MicronautTest(transactional = false)
class CompletenessBrowserSpec extends Specification {

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
        Long cycle = database.insertCycle("2030", 2030)
        returnOf(database, cycle, "KEN", 1, "SUBMITTED", false, [3, 1])
        returnOf(database, cycle, "NGA", 1, "SUBMITTED", true, [2, 5])
        returnOf(database, cycle, "EGY", 1, "ACCEPTED", false, [1])
        returnOf(database, cycle, "FRA", 1, "RETURNED", true, [4])
        returnOf(database, cycle, "PER", 1, "DRAFT")
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an analyst finds the late African returns, accepts Nigeria's and comes back to the completeness page"() {
        when: "the analyst opens completeness from the account page"
        browser.signIn(server.URL, "analyst@unodc.example", "analyst passphrase")
        browser.driver.findElement(By.linkText("Completeness of returns")).click()
        browser.waitForPath("/completeness")

        then:
        browser.text("h1") == "Completeness of returns: cycle 2030"
        browser.text("#summary").startsWith("4 of ")
        browser.screenshot("completeness-01-overview")

        when: "the chart is there, below the table of the same figures"
        def chart = browser.driver.findElement(By.cssSelector("figure.chart img"))
        browser.driver.executeScript("arguments[0].scrollIntoView()", chart)

        then:
        browser.driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth", chart) == CompletenessChart.WIDTH
        chart.getAttribute("alt").startsWith("Stacked bar chart: Returns of States parties for cycle 2030")
        browser.screenshot("completeness-02-chart")

        when: "the list is filtered to Africa, submitted late"
        browser.choose("region", "AFRICA")
        browser.choose("status", "LATE")
        browser.click("form.filters button[type=submit]")
        browser.waitForUrlContaining("status=LATE")

        then:
        browser.driver.findElements(By.cssSelector("#state-list tbody tr"))*.getAttribute("data-iso3") == ["NGA"]
        browser.text("#state-list tbody tr .status") == "Submitted late"
        browser.text("#shown").startsWith("Showing 1 of ")
        browser.screenshot("completeness-03-filtered")

        when: "the analyst follows the review link and accepts"
        browser.driver.findElement(By.linkText("Review")).click()
        browser.waitForUrlContaining("/review/")

        then:
        browser.text("h1") == "Return of Nigeria for 2030"
        browser.driver.findElement(By.linkText("Completeness of cycle 2030"))
        browser.screenshot("completeness-04-review")

        when:
        browser.driver.findElement(By.xpath("//button[text()='Accept this return']")).click()
        browser.waitForPath("/completeness/2030")

        then: "back on the completeness page, Nigeria is accepted"
        browser.text("tr[data-iso3=NGA] .status") == "Accepted"
        browser.screenshot("completeness-05-back-after-accepting")
    }
}
