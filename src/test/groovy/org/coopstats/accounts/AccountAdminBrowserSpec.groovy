package org.coopstats.accounts

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.Browser
import org.coopstats.support.TestDatabase
import org.openqa.selenium.By
import org.openqa.selenium.support.ui.Select
import spock.lang.AutoCleanup
import spock.lang.Shared
import spock.lang.Specification

@MicronautTest(transactional = false)
class AccountAdminBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setup() {
        database.removeAccounts()
        database.account("admin@unodc.example", "administrator passphrase", "ADMIN", null, "Ada Admin")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
    }

    def "an administrator forgets the State of a new officer, reads why, and creates the account"() {
        given: "the administrator is signed in"
        browser.signIn(server.URL, "admin@unodc.example", "administrator passphrase")

        when: "the new-account form is sent without a State"
        browser.open(server.URL, "/admin/accounts/new")
        browser.fill("email", "officer@justice.example")
        browser.fill("displayName", "Kofi Mensah")
        browser.click("#role-OFFICER")
        browser.fill("temporaryPassword", "temporary passphrase")
        browser.click("button[type=submit]")

        then: "the summary and the field both say what is missing, and the typing is kept"
        browser.driver.findElement(By.id("error-summary")).text.contains("Choose the State this officer reports for.")
        browser.driver.findElement(By.cssSelector(".field.has-error .field-error")).text == "Choose the State this officer reports for."
        browser.driver.findElement(By.id("displayName")).getAttribute("value") == "Kofi Mensah"
        browser.screenshot("admin-01-missing-state")

        when: "the State is chosen and the password typed again"
        new Select(browser.driver.findElement(By.id("stateIso3"))).selectByVisibleText("Ghana")
        browser.fill("temporaryPassword", "temporary passphrase")
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("/admin/accounts")

        then: "the list shows the new officer, who must still change the password"
        def row = browser.driver.findElement(By.xpath("//tr[th/a[text()='officer@justice.example']]"))
        row.text.contains("Reporting officer")
        row.text.contains("GHA")
        row.text.contains("Must change password")
        browser.screenshot("admin-02-list")
    }


}
