package org.coopstats.accounts

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.i18n.Text
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import static org.coopstats.db.Tables.USER_SESSION

@MicronautTest(transactional = false)
class SignInSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Inject
    AccountRepository accounts

    SignedInClient browser

    def setup() {
        database.removeAccounts()
        database.account("officer@ministry.example", "correct horse 42", "OFFICER", "SEN", "Amina Diallo")
        browser = new SignedInClient(http.toBlocking(), server.URL)
    }

    def cleanup() {
        database.removeAccounts()
    }

    def "an officer signs in with the form and reaches their account page"() {
        when:
        def response = browser.signIn("Officer@Ministry.example ", "correct horse 42")

        then: "see other, to the account page"
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/account"

        and: "the session cookie cannot be read by scripts nor sent by other sites' forms"
        def cookie = response.headers.getAll("Set-Cookie").find { it.startsWith("coopstats_session=") }
        cookie.toLowerCase().contains("httponly")
        cookie.toLowerCase().contains("samesite=lax")

        when:
        def page = browser.get("/account")

        then:
        page.status == HttpStatus.OK
        page.body().contains("Amina Diallo")
        page.body().contains("Senegal")
        page.body().contains("Reporting officer")
    }

    def "behind a TLS-terminating proxy the session cookie is marked Secure"() {
        when:
        String token = SignedInClient.csrfOn(browser.get("/sign-in").body())
        def response = browser.send(SignedInClient.formPost("/sign-in",
                [email: "officer@ministry.example", password: "correct horse 42", csrf: token])
                .header("Origin", browser.origin).header("X-Forwarded-Proto", "https"))

        then:
        response.headers.getAll("Set-Cookie").find { it.startsWith("coopstats_session=") }.toLowerCase().contains("secure")
    }

    def "a wrong password and an unknown account get the same message"() {
        when:
        def wrongPassword = browser.signIn("officer@ministry.example", "wrong")
        def unknown = browser.signIn("nobody@ministry.example", "correct horse 42")

        then:
        [wrongPassword, unknown].every {
            it.status == HttpStatus.UNPROCESSABLE_ENTITY && it.body().contains(Text.ENGLISH.get(SignInController.REFUSED))
        }

        and: "no session was opened"
        sessions() == 0
    }

    def "a disabled account cannot sign in, and says so no differently"() {
        given:
        def account = accounts.findByEmail("officer@ministry.example").get()
        accounts.update(new Account(account.id(), account.email(), account.displayName(), account.passwordHash(),
                account.role(), account.stateIso3(), true, false))

        when:
        def response = browser.signIn("officer@ministry.example", "correct horse 42")

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains(Text.ENGLISH.get(SignInController.REFUSED))
    }

    def "after five failures the account is held back, even with the right password"() {
        when:
        5.times { browser.signIn("officer@ministry.example", "guess $it") }
        def response = browser.signIn("officer@ministry.example", "correct horse 42")

        then:
        response.status == HttpStatus.TOO_MANY_REQUESTS
        response.body().contains(Text.ENGLISH.get(SignInController.THROTTLED))
        sessions() == 0
    }

    def "signing out ends the session on the server, not only in the browser"() {
        given:
        browser.signIn("officer@ministry.example", "correct horse 42")
        String stolenCookie = browser.cookies.coopstats_session

        when:
        def response = browser.postForm("/account", "/sign-out", [:])

        then:
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/sign-in?signedOut=true"

        when: "someone replays the cookie they copied before"
        def replay = new SignedInClient(http.toBlocking(), server.URL)
        replay.cookies.coopstats_session = stolenCookie
        def page = replay.get("/account")

        then: "it no longer opens the account"
        page.status == HttpStatus.SEE_OTHER
        page.headers.get("Location") == "/sign-in"
    }

    def "a form without its token is refused and changes nothing"() {
        when:
        browser.get("/sign-in")
        def response = browser.send(SignedInClient.formPost("/sign-in",
                [email: "officer@ministry.example", password: "correct horse 42"]).header("Origin", browser.origin))

        then:
        response.status == HttpStatus.FORBIDDEN
        response.body().contains("This form has expired")
        sessions() == 0
    }

    def "a post from another site is refused"() {
        when:
        String token = SignedInClient.csrfOn(browser.get("/sign-in").body())
        def response = browser.send(SignedInClient.formPost("/sign-in",
                [email: "officer@ministry.example", password: "correct horse 42", csrf: token])
                .header("Origin", "https://attacker.example"))

        then:
        response.status == HttpStatus.FORBIDDEN
        response.body().contains("came from another site")
        sessions() == 0
    }

    def "a browser post that names no origin, or the null origin of a sandboxed frame, is refused"() {
        when:
        String token = SignedInClient.csrfOn(browser.get("/sign-in").body())
        def request = SignedInClient.formPost("/sign-in",
                [email: "officer@ministry.example", password: "correct horse 42", csrf: token])
        if (origin) {
            request.header("Origin", origin)
        }
        def response = browser.send(request)

        then:
        response.status == HttpStatus.FORBIDDEN
        sessions() == 0

        where:
        origin << [null, "null"]
    }

    def "the allowance of failed attempts is per account, however the address is spelled"() {
        when: "five failures, then the right password with the address spelled with an accent"
        5.times { browser.signIn("officer@ministry.example", "guess $it") }
        def response = browser.signIn("officér@ministry.example", "correct horse 42")

        then:
        response.status == HttpStatus.TOO_MANY_REQUESTS
        sessions() == 0
    }

    def "anonymous visitors are sent to the sign-in page"() {
        when:
        def response = browser.get("/account")

        then:
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/sign-in"
    }

    def "every page carries the security headers"() {
        when:
        def response = browser.get(path)

        then:
        with(response.headers) {
            get("Content-Security-Policy").contains("script-src 'self'")
            !get("Content-Security-Policy").contains("unsafe-inline")
            get("Content-Security-Policy").contains("frame-ancestors 'none'")
            get("X-Content-Type-Options") == "nosniff"
            get("Referrer-Policy") == "same-origin"
        }

        where:
        path << ["/", "/sign-in", "/no-such-page", "/api/states", "/static/coopstats.css", "/account", "/admin/accounts"]
    }

    private int sessions() {
        database.inTransaction { DSLContext db -> db.fetchCount(USER_SESSION) }
    }
}
