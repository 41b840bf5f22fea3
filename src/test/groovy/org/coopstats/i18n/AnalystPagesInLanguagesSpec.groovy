package org.coopstats.i18n

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.DemoForAnalysts
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import org.openqa.selenium.Rectangle
import org.openqa.selenium.WebElement
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.text.DecimalFormatSymbols

/**
 * The analyst pages (analytics and completeness) read in Russian and in Arabic, Arabic laid out
 * right to left, in headless Chromium on a demo data set. Screenshots: target/screenshots/i18n-analyst-*.png.
 */
@MicronautTest(transactional = false)
class AnalystPagesInLanguagesSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    DemoForAnalysts demo

    @Shared
    @AutoCleanup
    Browser browser = new Browser(1400, 1000)

    @Shared
    boolean loaded

    def setup() {
        if (!loaded) {
            demo.loadData(404, 2500)
            database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
            browser.signIn(server.URL, "analyst@unodc.example", "analyst passphrase")
            loaded = true
        }
    }

    def "the analytics page in Russian: the form, the table's words and figures, a standard report's note, and a refusal"() {
        when:
        browser.open(server.URL, "/analytics?lang=ru&measure=cases&rows=region&cols=direction")

        then:
        html().getAttribute("lang") == "ru"
        browser.text("h1") == "Аналитика"
        browser.text("label[for=measure]") == "Показатель"
        browser.text("label[for=rows]") == "Строки"
        browser.text("#show") == "Показать"
        browser.text(".explore-filters legend") == "Фильтры"
        browser.text("#answer-table tfoot th") == "Итого"
        browser.text("#reports") == "Стандартные отчеты"
        selectedText("status") == "Принятые отчеты"
        selectedText("chart") == "Выбирается по данным"
        browser.driver.findElement(By.cssSelector("#chart option[value=stacked_percent]")).text == "Столбцы с накоплением, 100 %"
        browser.text("#grand-total") ==~ /\d{1,3}( \d{3})*/

        and: "dimensions, measures and codes are named in Russian, in the form and in the table"
        selectedText("measure") == "Дела"
        selectedText("rows") == "Регион"
        browser.text("#answer-table thead th") == "Регион"
        browser.driver.findElements(By.cssSelector("#answer-table tbody th"))*.text.contains("Африка")
        browser.driver.findElements(By.cssSelector("#answer-table thead th"))*.text
                .contains("Входящая (наше государство является запрашиваемым государством)")
        browser.driver.findElement(By.cssSelector("#filter-legal_basis option[value=BILATERAL]")).getAttribute("textContent") == "Двусторонний договор"

        and: "the chart's words are Russian too: the page asks for the picture in Russian"
        browser.text("#answer-title") == "Дела (в разбивке: регион и направление просьбы)"
        browser.text("#source-line").startsWith("Принятые отчеты за циклы ")
        browser.driver.findElement(By.id("chart-image")).getAttribute("src").contains("lang=ru")
        browser.screenshot("i18n-analyst-analytics-ru")

        when: "the analyst opens a standard report from the list"
        browser.driver.findElement(By.linkText("Основания для отказа в выполнении просьб")).click()
        browser.waitForUrlContaining("report=refusal-grounds")

        then: "its title and method note are Russian, and the address carries no title, so it reads in any language"
        browser.text(".report-notes h2") == "Основания для отказа в выполнении просьб"
        browser.text(".report-notes p").contains("пункты 8 и 22 статьи 18")
        browser.text("#answer-title") == "Основания для отказа в выполнении просьб"
        !browser.driver.currentUrl.contains("title=")
        browser.screenshot("i18n-analyst-analytics-ru-report")

        when: "a breakdown that cannot be made"
        browser.open(server.URL, "/analytics?rows=region&cols=region")

        then: "the page remembered Russian, and says why in Russian"
        browser.text("#query-error h2") == "Такую разбивку получить нельзя"
        browser.text("#query-error p") == "Строки (rows) и столбцы (cols) должны быть двумя разными измерениями."
    }

    def "the analytics page in Arabic reads right to left: the form on the right, the table's headings at the right"() {
        when:
        browser.open(server.URL, "/analytics?lang=ar&measure=convention_share&rows=region&cols=direction")

        then:
        html().getAttribute("lang") == "ar"
        html().getAttribute("dir") == "rtl"
        browser.text("h1") == "التحليلات"
        browser.text("#show") == "عرض"
        browser.text("#answer-table tfoot th") == "المجموع"
        browser.driver.findElements(By.cssSelector("#answer-table tbody th"))*.text.contains("أفريقيا")

        and: "shares are written the Arabic way"
        def symbols = DecimalFormatSymbols.getInstance(Text.of(Language.AR).locale())
        browser.text("#grand-total").contains(symbols.decimalSeparator as String)
        browser.text("#grand-total").contains(symbols.percent as String)

        and: "the form is the right-hand column, beside the answer, not over it"
        def form = rect("#query")
        def answer = rect(".explore-answer")
        form.x >= answer.x + answer.width
        form.x + form.width <= 1400

        and: "the table starts at the right: its first column holds the row headings"
        def table = rect("#answer-table")
        def corner = rect("#answer-table thead th")
        Math.abs((corner.x + corner.width) - (table.x + table.width)) <= 2
        numbersAlignedLeft()
        browser.screenshot("i18n-analyst-analytics-ar")
        scrollTo("#answer-table")
        browser.screenshot("i18n-analyst-analytics-ar-table")

        when: "the filters are opened"
        browser.driver.findElement(By.cssSelector("details summary")).click()

        then: "they stay within the form's column"
        def filter = rect("details select")
        filter.x >= form.x - 1 && filter.x + filter.width <= form.x + form.width + 1
        browser.screenshot("i18n-analyst-analytics-ar-filters")
    }

    def "completeness in Russian: headings, statuses, the summary's dates and the list"() {
        when:
        browser.open(server.URL, "/completeness?lang=ru")

        then:
        html().getAttribute("lang") == "ru"
        browser.text("h1").startsWith("Полнота отчетности: цикл ")
        browser.text("#summary") ==~ /Отчет за период с \d+ \S+ \d{4} г\. по \d+ \S+ \d{4} г\. представили \d+ из \d+ государств-участников .*/
        browser.text("#by-status") == "По статусу"
        statusRows() == ["Отчет не представлен", "Проект, не представлен", "Представлен в срок", "Представлен с опозданием",
                         "Возвращен на доработку", "Принят"]
        browser.text("#state-list thead th") == "Государство-участник"
        browser.driver.findElements(By.cssSelector("#region-counts tbody th"))*.text.contains("Африка")
        def names = browser.driver.findElements(By.cssSelector("#state-list tbody th"))*.text.collect { it.replaceAll(/ [A-Z]{3}$/, "") }
        names.contains("Австралия")
        names == names.toSorted(java.text.Collator.getInstance(Text.of(Language.RU).locale()))
        browser.text("#shown").startsWith("Показано государств-участников: ")
        browser.screenshot("i18n-analyst-completeness-ru")

        when: "the list is filtered by status"
        browser.choose("status", "ACCEPTED")
        browser.click("form.filters button[type=submit]")
        browser.waitForUrlContaining("status=ACCEPTED")

        then:
        browser.driver.findElements(By.cssSelector("#state-list td.status"))*.text.every { it.startsWith("Принят") }
    }

    def "completeness in Arabic reads right to left, and a filter that is no code is explained in Arabic"() {
        when:
        browser.open(server.URL, "/completeness?lang=ar")

        then:
        html().getAttribute("dir") == "rtl"
        browser.text("h1").startsWith("اكتمال التقارير: الدورة ")
        statusRows().contains("قُدِّم في الموعد")
        browser.driver.findElements(By.cssSelector("#region-counts tbody th"))*.text.contains("أفريقيا")

        and: "the tables start at the right"
        def table = rect("#region-counts")
        def corner = rect("#region-counts thead th")
        Math.abs((corner.x + corner.width) - (table.x + table.width)) <= 2
        def list = rect("#state-list")
        def state = rect("#state-list thead th")
        Math.abs((state.x + state.width) - (list.x + list.width)) <= 2
        browser.driver.findElement(By.cssSelector("figure.chart img")).getAttribute("src").endsWith("/chart.png?lang=ar")
        browser.screenshot("i18n-analyst-completeness-ar")
        scrollTo("#region-counts")
        browser.screenshot("i18n-analyst-completeness-ar-regions")
        scrollTo("#states")
        browser.screenshot("i18n-analyst-completeness-ar-list")

        when:
        browser.open(server.URL, "/completeness?status=SENT")

        then:
        browser.text("#error-summary h2") == "تعذّر فهم عامل التصفية"
        browser.text("#error-summary p").startsWith("لا توجد حالة «SENT». استخدم إحدى الحالات التالية: NONE (لم يُقدَّم تقرير)، DRAFT")
        browser.screenshot("i18n-analyst-completeness-ar-problem")

        cleanup: "the last feature (Spock runs them in order) leaves the database as the other specs expect it"
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    private void scrollTo(String css) {
        browser.driver.executeScript("arguments[0].scrollIntoView()", browser.driver.findElement(By.cssSelector(css)))
    }

    private WebElement html() {
        browser.driver.findElement(By.tagName("html"))
    }

    private Rectangle rect(String css) {
        browser.driver.findElement(By.cssSelector(css)).rect
    }

    private String selectedText(String id) {
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id(id))).firstSelectedOption.text
    }

    private List<String> statusRows() {
        browser.driver.findElements(By.cssSelector("#status-counts tbody th"))*.text
    }

    /** Figures line up at the end of their cells, which is the left in Arabic. */
    private boolean numbersAlignedLeft() {
        browser.driver.executeScript("return getComputedStyle(document.querySelector('#answer-table td.num')).textAlign") in ["end", "left"]
    }
}
