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
class OfficerReturnBrowserSpec extends Specification {

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
        database.insertOpenCycle("2026")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer starts Kenya's return, checks it and submits it"() {
        given:
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")

        when: "the officer opens the cycle from the dashboard and starts the return"
        browser.driver.findElement(By.linkText("Returns of your State")).click()
        browser.waitForUrlContaining("/returns")
        browser.driver.findElement(By.linkText("2026")).click()
        browser.waitForUrlContaining("/returns/2026")
        browser.driver.findElement(By.xpath("//button[text()='Start the return']")).click()

        then:
        browser.driver.findElement(By.id("status")).text == "Draft, not sent"
        browser.screenshot("officer-01-draft")

        when: "the officer checks and submits"
        browser.driver.findElement(By.linkText("Check and submit")).click()
        browser.waitForUrlContaining("/submit")
        browser.screenshot("officer-02-confirm")
        browser.driver.findElement(By.xpath("//button[text()='Submit the return']")).click()
        browser.waitForUrlContaining("/returns/2026")

        then:
        browser.driver.findElement(By.id("status")).text == "Submitted"
        browser.screenshot("officer-03-submitted")
    }
}
