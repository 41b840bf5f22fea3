package org.coopstats.returns

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.i18n.Language
import org.coopstats.i18n.Text
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import org.openqa.selenium.By
import org.openqa.selenium.JavascriptExecutor
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE

/**
 * An officer working in French or Arabic: the language chosen on the sign-in page stays with
 * them through the account page, the dashboard and their return, with numbers and dates written
 * the language's way, and Arabic laid out right to left. Screenshots of the officer and review
 * pages in Arabic and Chinese land in target/screenshots/i18n-returns-*.png.
 */
@MicronautTest(transactional = false)
class OfficerPagesInLanguagesSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    LocalDate deadline = LocalDate.now().plusDays(30)

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        long cycle = database.insertCycle("2026", LocalDate.now().minusDays(10), deadline)
        long kenya = database.insertDraftReturn(cycle, "KEN")
        long ghana = database.insertSubmittedReturn(cycle, "GHA")
        database.inTransaction { DSLContext db ->
            [[kenya, "MLA", "INCOMING", 1500], [kenya, "EXTRADITION", "OUTGOING", 3], [ghana, "MLA", "OUTGOING", 2400]]
                    .each { returnId, type, direction, cases -> line(db, returnId, type, direction, cases) }
        }
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer signs in on the French page and reads the dashboard and the return in French"() {
        given:
        def french = Text.of(Language.FR)

        when: "the sign-in page is opened in French"
        browser.open(server.URL, "/sign-in?lang=fr")

        then:
        page("lang") == "fr"
        page("dir") == "ltr"
        heading() == "Se connecter"

        when: "the officer signs in: the language stays without ?lang="
        browser.fill("email", "officer@justice.example")
        browser.fill("password", "officer passphrase")
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("/account")

        then:
        heading() == "Votre compte"
        browser.text("main").contains("Fonctionnaire chargé des rapports")

        when:
        browser.driver.findElement(By.linkText("Rapports de votre État")).click()
        browser.waitForPath("/returns")

        then: "the dashboard, with dates in French"
        page("lang") == "fr"
        heading() == "Rapports de : Kenya"
        def row = browser.text("#returns tbody tr")
        row.contains("Projet, non envoyé")
        row.contains(french.date(deadline))
        row.contains("janvier") && row.contains("décembre")

        when:
        browser.driver.findElement(By.linkText("2026")).click()
        browser.waitForPath("/returns/2026")

        then: "the return, with its numbers grouped the French way"
        heading() == "Rapport pour 2026"
        browser.text("#status") == "Projet, non envoyé"
        spaced(browser.text("#total-cases")) == spaced(french.number(1503))
        spaced(browser.text("#total-cases")) == "1 503"
        browser.text("#summary").contains("Sortante")
        browser.driver.findElement(By.linkText("Vérifier et soumettre")).displayed
        browser.screenshot("i18n-returns-fr-return")
    }

    def "the same officer in Arabic reads right-to-left pages with Arabic dates"() {
        given:
        def arabic = Text.of(Language.AR)

        when:
        browser.open(server.URL, "/sign-in?lang=ar")

        then:
        page("lang") == "ar"
        page("dir") == "rtl"
        heading() == "تسجيل الدخول"

        when:
        browser.fill("email", "officer@justice.example")
        browser.fill("password", "officer passphrase")
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("/account")
        browser.open(server.URL, "/returns")

        then: "the dashboard is mirrored: the site name and the first column are on the right"
        page("dir") == "rtl"
        heading().startsWith("تقارير")
        !heading().contains("Kenya")
        browser.text("#returns tbody tr").contains("مسودة، لم تُرسَل")
        browser.text("#returns tbody tr").contains(arabic.date(deadline))
        rightOf(".site-name", ".site-links")
        rightOf("#returns thead th:first-child", "#returns thead th:last-child")

        when:
        browser.open(server.URL, "/returns/2026")

        then: "the return, its numbers written as UN documents in Arabic write them: digits 0-9"
        page("dir") == "rtl"
        heading() == "تقرير الدورة 2026"
        browser.text("#status") == "مسودة، لم تُرسَل"
        browser.text("#total-cases") == arabic.number(1503)
        browser.text("#total-cases") == "1,503"
        browser.screenshot("i18n-returns-ar-return-check")

        when: "an address that does not exist"
        browser.open(server.URL, "/returns/1999")

        then: "the not-found page answers in Arabic too"
        page("dir") == "rtl"
        heading() == "الصفحة غير موجودة"
        browser.text("main .lead").contains("/returns/1999")
        browser.driver.findElement(By.linkText("الانتقال إلى الصفحة الرئيسية")).displayed
        browser.screenshot("i18n-returns-ar-not-found")
    }

    def "the officer and review pages in #language, for looking at (screenshots)"() {
        when: "the sign-in page"
        browser.open(server.URL, "/sign-in?lang=$language")
        browser.screenshot("i18n-returns-$language-sign-in")

        and: "the officer's dashboard, return and confirmation"
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")
        browser.open(server.URL, "/returns")
        browser.screenshot("i18n-returns-$language-dashboard")
        browser.open(server.URL, "/returns/2026")
        browser.screenshot("i18n-returns-$language-return")
        browser.open(server.URL, "/returns/2026/submit")
        browser.screenshot("i18n-returns-$language-submit")
        String submitButton = browser.text("form[action='/returns/2026/submit'] button")

        and: "an analyst's review of Ghana's submitted return"
        signOut()
        browser.signIn(server.URL, "analyst@unodc.example", "analyst passphrase")
        browser.open(server.URL, "/review")
        browser.screenshot("i18n-returns-$language-review-list")
        browser.click("#to-review tbody a")
        browser.waitForUrlContaining("/review/")
        browser.screenshot("i18n-returns-$language-review")

        then:
        page("lang") == language
        page("dir") == direction
        submitButton == expectedSubmit
        browser.text("#status") == submittedStatus
        browser.text("main").contains(Text.of(Language.of(language).orElseThrow()).number(2400))

        where:
        language | direction | expectedSubmit  | submittedStatus
        "ar"     | "rtl"     | "تقديم التقرير" | "مُقدَّم"
        "zh"     | "ltr"     | "提交报告"       | "已提交"
    }

    private String page(String attribute) {
        browser.driver.findElement(By.tagName("html")).getAttribute(attribute)
    }

    private String heading() {
        browser.driver.findElement(By.tagName("h1")).text
    }

    private void signOut() {
        browser.open(server.URL, "/account")
        browser.click("form[action='/sign-out'] button")
        browser.waitForUrlContaining("/sign-in")
    }

    /** True when the first element's middle is to the right of the second's. */
    private boolean rightOf(String first, String second) {
        def js = (JavascriptExecutor) browser.driver
        def middle = { String css ->
            js.executeScript("const r = document.querySelector(arguments[0]).getBoundingClientRect(); return r.left + r.width / 2;", css) as double
        }
        middle(first) > middle(second)
    }

    /** Grouping spaces of every kind (no-break, narrow no-break) as plain spaces, as a reader sees them. */
    private static String spaced(String text) {
        text.replaceAll(/[\u00A0\u202F\s]/, " ")
    }

    private static void line(DSLContext db, long returnId, String type, String direction, int cases) {
        db.insertInto(CASE_LINE).set([(CASE_LINE.RETURN_ID)           : returnId, (CASE_LINE.COOPERATION_TYPE): type,
                                      (CASE_LINE.DIRECTION)           : direction, (CASE_LINE.LEGAL_BASIS_CATEGORY): "UNTOC",
                                      (CASE_LINE.OFFENCE_TYPE)        : "CORRUPTION", (CASE_LINE.ELECTRONIC_EVIDENCE): "NO",
                                      (CASE_LINE.CHANNEL)             : "CENTRAL_AUTHORITY", (CASE_LINE.INFORMAL_CONSULTATION): "NO",
                                      (CASE_LINE.OUTCOME)             : "EXECUTED", (CASE_LINE.CASE_COUNT): cases]).execute()
    }
}
