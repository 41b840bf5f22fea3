package org.coopstats.accounts

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import spock.lang.Specification

@MicronautTest(transactional = false)
class PasswordChangeSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Inject
    AccountRepository accounts

    @Inject
    PasswordHasher passwords

    SignedInClient browser

    def setup() {
        database.removeAccounts()
        browser = new SignedInClient(http.toBlocking(), server.URL)
    }

    def cleanup() {
        database.removeAccounts()
    }

    def "a new password ends every session and becomes the only one that works"() {
        given:
        anAccount(false)
        browser.signIn("analyst@unodc.example", "the first passphrase")
        def otherDevice = new SignedInClient(http.toBlocking(), server.URL)
        otherDevice.signIn("analyst@unodc.example", "the first passphrase")

        when:
        def response = browser.postForm("/account/password", "/account/password",
                [current: "the first passphrase", newPassword: "a brand new passphrase", confirmation: "a brand new passphrase"])

        then:
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/sign-in?passwordChanged=true"

        and: "the other device is signed out too"
        otherDevice.get("/account").headers.get("Location") == "/sign-in"

        and:
        new SignedInClient(http.toBlocking(), server.URL).signIn("analyst@unodc.example", "the first passphrase").status == HttpStatus.UNPROCESSABLE_ENTITY
        new SignedInClient(http.toBlocking(), server.URL).signIn("analyst@unodc.example", "a brand new passphrase").status == HttpStatus.SEE_OTHER
    }

    def "a change with #problem is refused with a message next to the field and nothing changes"() {
        given:
        anAccount(false)
        browser.signIn("analyst@unodc.example", "the first passphrase")
        String hashBefore = accounts.findByEmail("analyst@unodc.example").get().passwordHash()

        when:
        def response = browser.postForm("/account/password", "/account/password", fields)

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains(message)
        accounts.findByEmail("analyst@unodc.example").get().passwordHash() == hashBefore
        browser.get("/account").status == HttpStatus.OK

        where:
        problem                    | fields                                                                                        || message
        "a wrong current password" | [current: "not it", newPassword: "a brand new passphrase", confirmation: "a brand new passphrase"] || "This is not your current password."
        "a short new password"     | [current: "the first passphrase", newPassword: "short", confirmation: "short"]                  || "Use at least 12 characters."
        "a password over 72 bytes" | [current: "the first passphrase", newPassword: "mot " * 20, confirmation: "mot " * 20]       || "at most 72 bytes"
        "two different entries"    | [current: "the first passphrase", newPassword: "a brand new passphrase", confirmation: "a brand new passphrass"] || "The two new passwords are not the same."
    }

    def "repeated wrong current passwords end the session"() {
        given:
        anAccount(false)
        browser.signIn("analyst@unodc.example", "the first passphrase")
        def wrong = [current: "guess", newPassword: "a brand new passphrase", confirmation: "a brand new passphrase"]
        5.times { browser.postForm("/account/password", "/account/password", wrong) }

        when:
        def response = browser.postForm("/account/password", "/account/password", wrong)

        then:
        response.body().contains("Too many wrong passwords")
        browser.get("/account").headers.get("Location") == "/sign-in"
    }

    def "after a reset, the account can do nothing but choose a new password"() {
        given:
        anAccount(true)

        when:
        def signedIn = browser.signIn("analyst@unodc.example", "the first passphrase")

        then:
        signedIn.headers.get("Location") == "/account/password"
        browser.get("/account").headers.get("Location") == "/account/password"
        browser.get("/account/password").body().contains("Your password was reset by an administrator")

        when:
        browser.postForm("/account/password", "/account/password",
                [current: "the first passphrase", newPassword: "my own passphrase", confirmation: "my own passphrase"])
        browser.signIn("analyst@unodc.example", "my own passphrase")

        then:
        browser.get("/account").status == HttpStatus.OK
    }

    private void anAccount(boolean mustChange) {
        def account = Account.create("analyst@unodc.example", "Li Wei", passwords.hash("the first passphrase"), Role.ANALYST, null)
        accounts.save(new Account(null, account.email(), account.displayName(), account.passwordHash(), account.role(),
                null, false, mustChange))
    }
}
