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

    @Inject
    AccountRepository accounts

    @Inject
    PasswordHasher passwords

    @Inject
    SignInThrottle throttle

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setup() {
        throttle.clear()
        database.removeAccounts()
        accounts.save(Account.create("admin@unodc.example", "Ada Admin", passwords.hash("administrator passphrase"), Role.ADMIN, null))
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
    }

    def "an administrator forgets the State of a new officer, reads why, and creates the account"() {
        given: "the administrator is signed in"
        browser.open(server.URL, "/sign-in")
        fill("email", "admin@unodc.example")
        fill("password", "administrator passphrase")
        click("button[type=submit]")
        browser.waitForUrlContaining("/account")

        when: "the new-account form is sent without a State"
        browser.open(server.URL, "/admin/accounts/new")
        fill("email", "officer@justice.example")
        fill("displayName", "Kofi Mensah")
        click("#role-OFFICER")
        fill("temporaryPassword", "temporary passphrase")
        click("button[type=submit]")

        then: "the summary and the field both say what is missing, and the typing is kept"
        browser.driver.findElement(By.id("error-summary")).text.contains("Choose the State this officer reports for.")
        browser.driver.findElement(By.cssSelector(".field.has-error .field-error")).text == "Choose the State this officer reports for."
        browser.driver.findElement(By.id("displayName")).getAttribute("value") == "Kofi Mensah"
        browser.screenshot("admin-01-missing-state")

        when: "the State is chosen and the password typed again"
        new Select(browser.driver.findElement(By.id("stateIso3"))).selectByVisibleText("Ghana")
        fill("temporaryPassword", "temporary passphrase")
        click("button[type=submit]")
        browser.waitForUrlContaining("/admin/accounts")

        then: "the list shows the new officer, who must still change the password"
        def row = browser.driver.findElement(By.xpath("//tr[th/a[text()='officer@justice.example']]"))
        row.text.contains("Reporting officer")
        row.text.contains("GHA")
        row.text.contains("Must change password")
        browser.screenshot("admin-02-list")
    }

    private void fill(String id, String value) {
        def field = browser.driver.findElement(By.id(id))
        field.clear()
        field.sendKeys(value)
    }

    private void click(String css) {
        browser.driver.findElement(By.cssSelector(css)).click()
    }
}
