package org.coopstats.lines

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.coopstats.upload.CaseLineCsv
import org.jooq.DSLContext
import org.openqa.selenium.By
import org.openqa.selenium.Rectangle
import org.openqa.selenium.WebElement
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.Select
import org.openqa.selenium.support.ui.WebDriverWait
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE

/**
 * An officer works on case lines in Spanish, in Arabic (right to left) and in French, in Chromium:
 * labels, options, hints and the rules' messages in the language, screenshots to look at.
 */
@MicronautTest(transactional = false)
class LinesInLanguagesSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    int year = LocalDate.now().minusYears(1).year

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.insertOpenCycle("OPEN")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        browser.driver.manage().deleteAllCookies()
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")
        browser.startDraft(server.URL, "OPEN")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer adds a case line with the form in Spanish: labels, options and errors in Spanish"() {
        when:
        browser.open(server.URL, "/returns/OPEN/lines/new?lang=es")

        then:
        html().getAttribute("lang") == "es"
        browser.text("h1") == "Añadir una línea"
        label("cooperation_type") == "Tipo de cooperación"
        options("direction") == ["Elija…", "Saliente: su Estado envió la solicitud", "Entrante: su Estado recibió la solicitud"]
        options("outcome") == ["Elija…", "Ejecutada", "Ejecutada parcialmente", "Denegada", "Retirada", "Pendiente", "Otro resultado"]
        options("cooperation_type").contains("Asistencia judicial recíproca")

        and: "the other States by their Spanish names, in Spanish alphabetical order, the officer's own left out"
        def states = options("counterpart_iso3").drop(1)
        states.contains("República Unida de Tanzanía")
        states == states.toSorted(java.text.Collator.getInstance(Locale.forLanguageTag("es")))
        !states.contains("Kenya")

        when: "a refusal without its ground"
        fillValidLine()
        browser.choose("outcome", "REFUSED")
        browser.click("button[type=submit]")

        then:
        browser.text("#error-summary h2") == "La línea no se guardó: corrija este problema"
        browser.text("#refusal_ground-error") == "Indique el motivo de denegación: el resultado es «Denegada»."
        lineCount() == 0
        browser.screenshot("i18n-lines-es-error")

        when:
        browser.choose("refusal_ground", new Select(browser.driver.findElement(By.id("refusal_ground"))).options[1].getAttribute("value"))
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("done=saved")

        then:
        lineCount() == 1
    }

    def "an officer adds a case line in Arabic: the page reads right to left, and the date warning is confirmed in Arabic"() {
        when:
        browser.open(server.URL, "/returns/OPEN/lines/new?lang=ar")

        then:
        html().getAttribute("lang") == "ar"
        html().getAttribute("dir") == "rtl"
        label("offence_type") == "الجريمة"
        options("direction")[1] == "صادر: أرسلت دولتك الطلب"
        options("cooperation_type").contains("المساعدة القانونية المتبادلة")
        options("counterpart_iso3").contains("جمهورية تنزانيا المتحدة")

        and: "labels and fields start at the right-hand edge of the form"
        def form = rect(browser.driver.findElement(By.cssSelector("form.line-form")))
        def field = rect(browser.driver.findElement(By.id("cooperation_type")))
        def labelBox = rect(browser.driver.findElement(By.cssSelector("label[for=cooperation_type]")))
        Math.abs(right(field) - right(form)) <= 2
        Math.abs(right(labelBox) - right(form)) <= 2
        browser.screenshot("i18n-lines-ar-form")

        when: "a request date years before the period"
        fillValidLine()
        browser.fill("requested_on", "2003-04-05")
        browser.click("button[type=submit]")

        then:
        browser.text("#warning-summary h2") == "تحقّق قبل الحفظ"
        browser.text("#warning-summary li").contains("بأكثر من")
        browser.text("#warning-summary li").contains("2003-04-05")
        nothingOverlaps("#warning-summary, .field, .actions")
        lineCount() == 0
        browser.screenshot("i18n-lines-ar-warning")

        when:
        browser.driver.findElement(By.xpath("//button[contains(., 'التواريخ صحيحة')]")).click()
        browser.waitForUrlContaining("done=saved")

        then:
        lineCount() == 1
    }

    def "an officer uploads a CSV file with a mistake and reads the problem in French"() {
        given: "a file whose second case line has an outcome that does not exist"
        def rows = CaseLineCsv.lines(3)
        rows[1] += [outcome: "FINISHED"]
        Path file = Files.createDirectories(Path.of("target", "i18n-lines")).resolve("lignes.csv")
        Files.write(file, CaseLineCsv.utf8(CaseLineCsv.text(rows), true))

        when:
        browser.open(server.URL, "/returns/OPEN/upload?lang=fr")
        browser.driver.findElement(By.id("mode-replace")).click()
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString())
        browser.click("button[type=submit]")
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("problem-list")))

        then:
        html().getAttribute("lang") == "fr"
        browser.text("#upload-status") == "Non enregistré : le fichier a des problèmes"
        browser.driver.findElements(By.cssSelector("#problem-list thead th"))*.text == ["Ligne", "Colonne", "Valeur", "Problème"]
        def cells = browser.driver.findElements(By.cssSelector("#problem-list tbody td"))*.text
        cells.take(3) == ["3", "outcome", "FINISHED"]
        cells[3] == "« FINISHED » n'est pas un code de suite donnée. La liste des codes montre toutes les valeurs permises."
        browser.screenshot("i18n-lines-fr-upload-problems")

        when: "the officer downloads the list of problems"
        browser.click("#report-link")
        def report = new String(Files.readAllBytes(browser.downloaded(/upload-.*-problems\.csv/)), StandardCharsets.UTF_8)

        then:
        report.contains("3,outcome,FINISHED,")
        report.contains("« FINISHED » n'est pas un code de suite donnée.")
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

    private WebElement html() {
        browser.driver.findElement(By.tagName("html"))
    }

    private String label(String column) {
        browser.text("label[for=$column]")
    }

    private List<String> options(String column) {
        new Select(browser.driver.findElement(By.id(column))).options*.text
    }

    private static Rectangle rect(WebElement element) {
        element.rect
    }

    private static int right(Rectangle box) {
        box.x + box.width
    }

    /** No two of these boxes share any area: nothing drawn over anything else. */
    private boolean nothingOverlaps(String css) {
        def boxes = browser.driver.findElements(By.cssSelector(css))*.rect
        [boxes, boxes].combinations().findAll { a, b -> !a.is(b) }.every { Rectangle a, Rectangle b ->
            a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
        }
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }
}
