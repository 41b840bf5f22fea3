package org.coopstats.accounts

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
class SignInBrowserSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Shared
    @AutoCleanup
    Browser browser = new Browser()

    def setup() {
        database.removeAccounts()
        database.account("officer@justice.example", "s3cret enough", "OFFICER", "GHA", "Kofi Mensah")
        browser.driver.manage().deleteAllCookies()
    }

    def cleanup() {
        database.removeAccounts()
    }

    def "an officer mistypes the password, reads why, signs in, and signs out"() {
        when: "the password is mistyped"
        browser.open(server.URL, "/sign-in")
        browser.screenshot("sign-in-01-form")
        browser.fill("email", "officer@justice.example")
        browser.fill("password", "s3cret enuogh")
        browser.click("button[type=submit]")

        then: "the page says what is wrong without saying which part, and keeps the address"
        def summary = browser.driver.findElement(By.id("error-summary"))
        summary.text.contains("The email address or the password is not right")
        browser.driver.findElement(By.id("email")).getAttribute("value") == "officer@justice.example"
        browser.screenshot("sign-in-02-refused")

        when: "the right password is typed"
        browser.fill("password", "s3cret enough")
        browser.click("button[type=submit]")
        browser.waitForUrlContaining("/account")

        then: "the account page opens"
        browser.driver.currentUrl.endsWith("/account")
        browser.driver.findElement(By.tagName("h1")).text == "Your account"
        browser.driver.pageSource.contains("Kofi Mensah")
        browser.screenshot("sign-in-03-account")

        when: "the officer signs out"
        browser.driver.findElement(By.xpath("//button[text()='Sign out']")).click()
        browser.waitForUrlContaining("signedOut")

        then:
        browser.driver.currentUrl.endsWith("/sign-in?signedOut=true")
        browser.driver.findElement(By.cssSelector(".notice")).text == "You have signed out."
        browser.screenshot("sign-in-04-signed-out")

        when: "the account page is asked for again"
        browser.open(server.URL, "/account")

        then: "it sends the visitor to sign in"
        browser.driver.currentUrl.endsWith("/sign-in")
    }


}
