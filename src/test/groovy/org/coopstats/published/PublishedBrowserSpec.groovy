package org.coopstats.published

import com.deque.html.axecore.selenium.AxeBuilder
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.publication.Edition
import org.coopstats.support.Browser
import org.openqa.selenium.By
import org.openqa.selenium.Keys
import org.openqa.selenium.WebDriver
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files

/**
 * A delegate reads the published figures in Chromium, in English, French, Arabic and Chinese;
 * axe-core checks every public page in English and Arabic. Screenshots land in
 * target/screenshots/published-*.png.
 */
@MicronautTest(transactional = false)
class PublishedBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    PublishedDemo demo

    @Shared
    @AutoCleanup
    Browser browser = new Browser(1280, 1000)

    @Shared
    Map<String, Edition> editions

    @Shared
    String named

    def setup() {
        if (editions == null) {
            editions = demo.load()
            named = demo.consents(editions.first2024).findAll { it.value }.keySet().sort().first()
        }
        browser.driver.manage().deleteAllCookies()
    }

    def "a delegate reads the 2024 summary in English, then French and Arabic through the switcher, then Chinese by its address"() {
        when: "the delegate goes from the home page to the published figures and opens 2024"
        browser.open(server.URL, "/?lang=en")
        browser.driver.findElement(By.linkText("published results")).click()
        browser.waitForPath("/published")
        browser.screenshot("published-list-en")
        browser.driver.findElement(By.linkText("Read the figures for 2024")).click()
        browser.waitForPath("/published/2024")

        then:
        language() == [lang: "en", dir: "ltr"]
        browser.text("h1") == "Cooperation under the Convention: figures for 2024"
        browser.text("#summary-text").contains("States parties reported")
        chartsLoaded()
        browser.screenshot("published-summary-en")

        when: "the delegate switches to French"
        browser.driver.findElement(By.linkText("Français")).click()
        browser.waitForUrlContaining("lang=fr")

        then:
        language() == [lang: "fr", dir: "ltr"]
        browser.text("h1") == "La coopération fondée sur la Convention : chiffres de 2024"
        browser.screenshot("published-summary-fr")

        when: "then to Arabic"
        browser.driver.findElement(By.linkText("العربية")).click()
        browser.waitForUrlContaining("lang=ar")

        then: "the page runs right to left: the site's name sits at the right, the table's first column too"
        language() == [lang: "ar", dir: "rtl"]
        def header = browser.driver.findElement(By.cssSelector(".site-header .wrap")).rect
        browser.driver.findElement(By.cssSelector(".site-name")).rect.x > header.x + header.width / 2
        def table = browser.driver.findElement(By.cssSelector("#headline")).rect
        def firstCell = browser.driver.findElement(By.cssSelector("#headline tbody th")).rect
        firstCell.x + firstCell.width > table.x + table.width - 5
        browser.screenshot("published-summary-ar")

        when: "a colleague sends the Chinese address"
        browser.open(server.URL, "/published/2024/1?lang=zh")

        then:
        language() == [lang: "zh", dir: "ltr"]
        browser.text("h1").contains("2024 年数据")
        browser.screenshot("published-summary-zh")

        and: "the chosen language stays for the next page, without ?lang="
        browser.open(server.URL, "/published")
        language().lang == "zh"
    }

    def "every public page has no serious or critical accessibility problem in #language"() {
        expect:
        def pages = [list: "/published", latest: "/published/2024", summary: "/published/2024/1",
                     state: "/published/2024/1/states/${named}", "not-found": "/published/2024/1/states/ZZZ"]
        pages.each { name, path ->
            browser.open(server.URL, path + "?lang=" + language)
            def problems = new AxeBuilder().analyze(browser.driver).violations
                    .findAll { it.impact in ["serious", "critical"] }
                    .collect { "${path}: ${it.id} (${it.impact}) ${it.nodes.take(3)*.target}" }
            assert problems == []
            browser.driver.executeScript("window.scrollTo(0, 0)")
            browser.screenshot("published-axe-${name}-${language}")
        }

        where:
        language << ["en", "ar"]
    }

    def "the not-found page speaks the reader's language"() {
        when:
        browser.open(server.URL, "/published/2024/1/states/ZZZ?lang=ar")

        then:
        language() == [lang: "ar", dir: "rtl"]
        browser.text("h1") == "الصفحة غير موجودة"
        browser.screenshot("published-404-ar")
    }

    def "the delegate downloads a report's table as CSV through its link"() {
        when:
        browser.open(server.URL, "/published/2024/1?lang=en")
        def link = browser.driver.findElement(By.cssSelector("#report-refusal-grounds .downloads a[href*='.csv']"))
        browser.driver.executeScript("arguments[0].scrollIntoView()", link)
        link.click()
        def file = browser.downloaded(/coopstats-2024-1-refusal-grounds-en\.csv/)

        then:
        def rows = CSVFormat.RFC4180.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8)).records*.toList()
        rows[0][0..2] == ["refusal_ground", "Ground for refusal", "cases"]
        rows.last()[0] == "total"
        rows.size() > 3
    }

    def "the keyboard alone reaches the skip link, the switcher and every table's scroll area"() {
        when:
        browser.open(server.URL, "/published/2024/1?lang=en")
        def body = browser.driver.findElement(By.tagName("body"))
        body.sendKeys(Keys.TAB)

        then:
        browser.driver.switchTo().activeElement().text == "Skip to main content"

        when: "the reader tabs on through the page"
        def reached = [] as Set
        200.times {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB)
            def active = browser.driver.switchTo().activeElement()
            reached << (active.getAttribute("aria-labelledby") ?: active.getAttribute("href") ?: active.tagName)
        }

        then:
        reached.any { it.toString().contains("lang=fr") }
        reached.contains("caption-refusal-grounds")
        reached.any { it.toString().contains("/reports/refusal-grounds.csv") }
    }

    def "the printed report drops the navigation and downloads and shows each edition's address"() {
        when:
        browser.open(server.URL, "/published/2024/1?lang=en")
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", [media: "print"])

        then:
        !browser.driver.findElement(By.cssSelector(".language-switch")).displayed
        !browser.driver.findElement(By.cssSelector("#report-refusal-grounds .downloads")).displayed
        browser.driver.findElement(By.cssSelector(".edition-address")).text == "/published/2024/1"
        browser.driver.executeScript("return getComputedStyle(document.querySelector('#report-refusal-grounds')).breakBefore") == "page"
        browser.screenshot("published-print")

        cleanup:
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", [media: ""])
    }

    private Map language() {
        [lang: browser.driver.findElement(By.tagName("html")).getAttribute("lang"),
         dir : browser.driver.findElement(By.tagName("html")).getAttribute("dir")]
    }

    /** Every chart image on the page loaded (scrolled into view first: they load lazily). */
    private boolean chartsLoaded() {
        def images = browser.driver.findElements(By.cssSelector("figure.chart img"))
        images.every { image ->
            browser.driver.executeScript("arguments[0].scrollIntoView()", image)
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(20)).until {
                browser.driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image)
            }
        } && images.size() == 8
    }
}
