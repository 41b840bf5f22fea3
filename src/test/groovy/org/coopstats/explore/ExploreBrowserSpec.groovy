package org.coopstats.explore

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.support.Browser
import org.coopstats.support.DemoForAnalysts
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets

import static org.coopstats.db.Tables.REPORTING_CYCLE

/** The analyst page in headless Chromium, on a demo data set in MariaDB. */
@MicronautTest(transactional = false)
class ExploreBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    DemoForAnalysts demo

    @Shared
    @AutoCleanup
    Browser browser = new Browser(1400, 1000)

    def setup() {
        demo.loadData(404, 2500)
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an analyst builds a two-dimension breakdown, sees its chart and table, downloads the CSV and opens a standard report"() {
        when: "the analyst opens analytics from the account page"
        browser.signIn(server.URL, "analyst@unodc.example", "analyst passphrase")
        browser.driver.findElement(By.linkText("Analytics")).click()
        browser.waitForPath("/analytics")

        then: "a first visit shows the legal bases by type of cooperation"
        browser.text("#answer-title") == "Cases by legal basis and type of cooperation"
        chartLoaded()
        browser.screenshot("analytics-01-first-visit")

        when: "the analyst asks for refusal rates by region and cooperation type, in the latest cycle only"
        browser.choose("measure", "cases")
        browser.choose("rows", "region")
        browser.choose("cols", "cooperation_type")
        browser.choose("chart", "stacked_percent")
        browser.driver.findElement(By.xpath("//summary[contains(., 'Reporting cycle')]")).click()
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("filter-cycle"))).selectByValue(latestCycle())
        browser.click("#show")
        browser.waitForUrlContaining("rows=region")

        then: "the address holds the query, and the page shows its chart and table"
        def url = new URL(browser.driver.currentUrl)
        url.query.contains("measure=cases")
        url.query.contains("cols=cooperation_type")
        url.query.contains("cycle=" + latestCycle())
        url.query.contains("chart=stacked_percent")
        browser.text("#answer-title") == "Cases by region and type of cooperation"
        browser.text("#source-line") ==~ /Returns accepted for cycle ${latestCycle()}; \d+ States reporting/
        chartLoaded()
        def table = pageTable()
        table.size() > 2
        browser.screenshot("analytics-02-two-dimensions")

        when: "the analyst downloads the table as CSV"
        browser.click("#download-csv")
        def csv = browser.downloaded(/coopstats-cases\.csv/)
        def records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(java.nio.file.Files.readAllBytes(csv), StandardCharsets.UTF_8))).records

        then: "it holds the same figures as the page"
        def fromCsv = records.collectEntries { [(it.get("label")): it.get("total")] }
        table.each { label, total -> assert (fromCsv[label] as BigDecimal) == (total.replace(",", "") as BigDecimal) }
        fromCsv.keySet() == table.keySet() + "All"
        (fromCsv.All as BigDecimal) == (browser.text("#grand-total").replace(",", "") as BigDecimal)

        when: "the same address, opened again, gives the same page (it can be bookmarked)"
        browser.driver.get(url.toString())

        then:
        pageTable() == table

        when: "the analyst opens the standard report on refusal grounds"
        browser.driver.findElement(By.linkText("Grounds for refusing requests")).click()
        browser.waitForUrlContaining("report=refusal-grounds")

        then: "its method note and its chart show, forbidden grounds named as such"
        browser.text(".report-notes").contains("article 18")
        chartLoaded()
        browser.driver.findElement(By.id("chart-image")).getAttribute("src").contains("highlight=BANK_SECRECY")
        browser.screenshot("analytics-03-report")

        when: "a breakdown that cannot be made"
        browser.choose("rows", "region")
        browser.choose("cols", "region")
        browser.click("#show")
        browser.waitForUrlContaining("cols=region")

        then: "the page says why, and keeps the choices"
        browser.text("#query-error").contains("Rows and cols must be two different dimensions")
        browser.driver.findElements(By.id("chart-image")).isEmpty()
        browser.screenshot("analytics-04-refused")
    }

    /** Waits for the chart image to arrive, and says whether it is a chart of the full width. */
    private boolean chartLoaded() {
        def chart = browser.driver.findElement(By.id("chart-image"))
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10)).until {
            browser.driver.executeScript("return arguments[0].complete", chart)
        }
        browser.driver.executeScript("return arguments[0].naturalWidth", chart) == ExploreView.PAGE_WIDTH
    }

    /** Each row's label and its total, as the page shows them. */
    private Map<String, String> pageTable() {
        browser.driver.findElements(By.cssSelector("#answer-table tbody tr")).collectEntries { row ->
            [(row.findElement(By.tagName("th")).text): row.findElements(By.tagName("td")).last().text]
        }
    }

    private String latestCycle() {
        database.inTransaction { org.jooq.DSLContext db ->
            db.select(REPORTING_CYCLE.CODE).from(REPORTING_CYCLE).orderBy(REPORTING_CYCLE.PERIOD_START.desc()).limit(1).fetchOne(REPORTING_CYCLE.CODE)
        }
    }
}
