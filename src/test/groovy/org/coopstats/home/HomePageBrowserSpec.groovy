package org.coopstats.home

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.demo.DemoDataService
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import org.openqa.selenium.Keys
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files

@MicronautTest(transactional = false)
class HomePageBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    DemoDataService demoData

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setup() {
        database.removeReturnsAndCycles()
        demoData.load(2015, 2_000)
    }

    def cleanup() {
        database.removeReturnsAndCycles()
    }

    def "a visitor reads what the service is and sees the reporting cycles"() {
        when:
        browser.open(server.URL, "/")

        then:
        browser.driver.title == "Home – coopstats"
        browser.driver.findElement(By.tagName("h1")).text.contains("Organized Crime Convention")

        and: "the cycles table shows both demo cycles, newest first, as closed"
        def rows = browser.driver.findElements(By.cssSelector("table.data tbody tr"))
        rows*.findElement(By.tagName("th"))*.text == ["2024", "2023"]
        rows.every { it.text.contains("Closed") }

        and: "the stylesheet was applied (the header is the accent colour, not the browser default)"
        browser.driver.findElement(By.cssSelector(".site-header")).getCssValue("background-color") == "rgba(0, 90, 156, 1)"

        and:
        Files.size(browser.screenshot("home")) > 10_000
    }

    def "the skip link is the first thing the keyboard reaches"() {
        when:
        browser.open(server.URL, "/")
        browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB)

        then:
        browser.driver.switchTo().activeElement().text == "Skip to main content"
    }

    def "following the link to the codes opens the taxonomies"() {
        when:
        browser.open(server.URL, "/")
        browser.driver.findElement(By.linkText("Codes used in returns")).click()
        browser.waitForUrlContaining("/api/taxonomies")

        then:
        browser.driver.currentUrl.endsWith("/api/taxonomies")
        browser.driver.pageSource.contains("cooperation_type")
    }

    def "a mistyped address shows a helpful not-found page"() {
        when:
        browser.open(server.URL, "/cycels")

        then:
        browser.driver.findElement(By.tagName("h1")).text == "Page not found"
        browser.driver.findElement(By.linkText("Go to the home page")).displayed
        browser.screenshot("not-found")
    }
}
