package org.coopstats.upload

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.ExpectedConditions
import org.openqa.selenium.support.ui.WebDriverWait
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

@MicronautTest(transactional = false)
class UploadBrowserSpec extends Specification {

    static final Path FILES = Path.of("target", "upload-browser")

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
        database.insertDraftReturn(database.insertCycle("2031", 2031), "KEN")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        browser.driver.manage().deleteAllCookies()
        Files.createDirectories(FILES)
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer uploads a file with a mistake, reads the report, and uploads the corrected file"() {
        given: "a file whose third case line has an outcome that does not exist"
        def lines = CaseLineCsv.lines(30_000)
        lines[2] += [outcome: "FINISHED"]
        Path wrong = file("kenya-2031-draft.csv", CaseLineCsv.text(lines.take(5), CaseLineCsv.COLUMNS, ';' as char))
        lines[2] += [outcome: "EXECUTED"]
        Path corrected = file("kenya-2031.csv", CaseLineCsv.text(lines))
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")

        when: "the officer sends the form without choosing what the file does, or a file"
        browser.open(server.URL, "/returns/2031/upload")
        browser.screenshot("upload-01-form")
        browser.click("button[type=submit]")

        then:
        errorSummary().contains("Choose whether the file replaces the lines of the return or is added to them.")
        errorSummary().contains("Choose the CSV file to upload.")
        browser.screenshot("upload-02-nothing-chosen")

        when: "the officer uploads the file with the mistake"
        choose("mode-replace", wrong)
        waitFor("problems")

        then: "nothing is saved and the report says where the mistake is"
        browser.driver.findElement(By.id("upload-status")).text == "Not saved: the file has problems"
        def cells = browser.driver.findElements(By.cssSelector("#problem-list tbody td"))*.text
        cells.take(3) == ["4", "outcome", "FINISHED"]
        cells[3].contains('"FINISHED" is not an outcome code')
        browser.screenshot("upload-03-report")

        when: "the officer uploads the corrected file from the report page"
        browser.driver.findElement(By.linkText("Upload a corrected file")).click()
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches('/returns/2031/upload$'))
        choose("mode-replace", corrected)
        browser.screenshot("upload-04-progress")
        waitFor("result")

        then: "every line is saved and counted"
        browser.driver.findElement(By.id("upload-status")).text == "Saved"
        browser.driver.findElement(By.id("lines-after")).text == "30,000"
        browser.screenshot("upload-05-saved")

        when: "the form shows the lines now in the return"
        browser.driver.findElement(By.linkText("Upload another file")).click()

        then:
        browser.driver.findElement(By.id("current-lines")).text == "30,000"
    }

    def "a file over the limit gets a page saying so, not a broken connection"() {
        given: "a file just over the 50 MB limit, and one over Micronaut's own limit of 60 MB"
        Path over = bigFile("over-50-mb.csv", 51)
        Path farOver = bigFile("over-60-mb.csv", 70)
        browser.signIn(server.URL, "officer@justice.example", "officer passphrase")

        when:
        browser.open(server.URL, "/returns/2031/upload")
        browser.driver.findElement(By.id("mode-add")).click()
        browser.driver.findElement(By.id("file")).sendKeys(over.toAbsolutePath().toString())
        browser.click("button[type=submit]")

        then: "the form says why, next to the file"
        waitFor("error-summary")
        errorSummary().contains("The file is larger than 50 MB, the most one upload can take.")
        browser.screenshot("upload-06-too-large")

        when:
        browser.driver.findElement(By.id("mode-add")).click()
        browser.driver.findElement(By.id("file")).sendKeys(farOver.toAbsolutePath().toString())
        browser.click("button[type=submit]")

        then: "Micronaut's refusal reads the same, on the error page"
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.titleContains("The file is too large"))
        browser.driver.findElement(By.tagName("h1")).text == "The file is too large"
        browser.driver.findElement(By.tagName("main")).text.contains("The file is larger than 50 MB")
        browser.screenshot("upload-07-far-too-large")

        cleanup:
        Files.deleteIfExists(over)
        Files.deleteIfExists(farOver)
    }

    private void choose(String mode, Path file) {
        browser.driver.findElement(By.id(mode)).click()
        browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString())
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("/uploads/")
    }

    /** The progress page reloads itself every two seconds until the upload is finished. */
    private void waitFor(String id) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
    }

    private String errorSummary() {
        browser.driver.findElement(By.id("error-summary")).text
    }

    /** A CSV file of about megabytes MB: the header, then valid lines over and over. */
    private static Path bigFile(String name, int megabytes) {
        Path path = FILES.resolve(name)
        byte[] block = CaseLineCsv.utf8(CaseLineCsv.text(CaseLineCsv.lines(1000)).readLines().drop(1).join("\r\n") + "\r\n")
        Files.newOutputStream(path).withCloseable { out ->
            out.write(CaseLineCsv.utf8(CaseLineCsv.text([])))
            for (long written = 0; written < megabytes * 1024L * 1024L; written += block.length) {
                out.write(block)
            }
        }
        path
    }

    private static Path file(String name, String text) {
        Path path = FILES.resolve(name)
        Files.write(path, CaseLineCsv.utf8(text, true))
        path
    }
}
