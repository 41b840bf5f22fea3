package org.coopstats.accounts

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import static org.coopstats.db.Tables.AUDIT_EVENT

@MicronautTest(transactional = false)
class AccountAdministrationSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Inject
    AccountRepository accounts

    SignedInClient admin

    def setup() {
        database.removeAccounts()
        database.inTransaction { DSLContext db -> db.deleteFrom(AUDIT_EVENT).execute() }
        database.account("admin@unodc.example", "administrator passphrase", "ADMIN", null, "Ada Admin")
        admin = new SignedInClient(http.toBlocking(), server.URL)
        admin.signIn("admin@unodc.example", "administrator passphrase")
    }

    def cleanup() {
        database.removeAccounts()
    }

    def "an administrator creates an officer, who must choose a password at first sign-in"() {
        when:
        def response = admin.postForm("/admin/accounts/new", "/admin/accounts",
                [email: "New.Officer@Justice.example", displayName: "Nadia Haddad", role: "OFFICER", stateIso3: "JOR",
                 temporaryPassword: "temporary passphrase"])

        then:
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/admin/accounts"
        with(accounts.findByEmail("new.officer@justice.example").get()) {
            role() == Role.OFFICER
            stateIso3() == "JOR"
            mustChangePassword()
            passwordHash() != "temporary passphrase"
        }
        admin.get("/admin/accounts").body().contains("new.officer@justice.example")

        and: "the creation is in the audit trail, without the password"
        def event = database.inTransaction { DSLContext db -> db.selectFrom(AUDIT_EVENT).fetchOne() }
        event.actor == "admin@unodc.example"
        event.action == "ACCOUNT_CREATED"
        event.afterValue.contains('"state":"JOR"')
        !event.afterValue.contains("temporary passphrase")
        !event.afterValue.contains('$2')

        when:
        def officer = new SignedInClient(http.toBlocking(), server.URL)

        then:
        officer.signIn("new.officer@justice.example", "temporary passphrase").headers.get("Location") == "/account/password"
    }

    def "an account with #problem is not created and the form says why"() {
        when:
        def response = admin.postForm("/admin/accounts/new", "/admin/accounts",
                [email: "someone@justice.example", displayName: "Someone", role: "OFFICER", stateIso3: "KEN",
                 temporaryPassword: "temporary passphrase"] + change)

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains(message)
        accounts.count() == 1

        where:
        problem                         | change                          || message
        "no valid email address"        | [email: "someone"]              || "Enter an email address like name@ministry.gov."
        "an email already used"         | [email: "admin@unodc.example"]  || "An account with this email address already exists."
        "no name"                       | [displayName: " "]              || "Enter the name of the person."
        "an unknown role"               | [role: "KING"]                  || "Choose a role."
        "an officer without a State"    | [stateIso3: ""]                 || "Choose the State this officer reports for."
        "an officer of an unknown State" | [stateIso3: "XXX"]             || "Choose a State from the list."
        "a short temporary password"    | [temporaryPassword: "short"]    || "Give a temporary password of at least 12 characters"
    }

    def "disabling an account ends its sessions at once"() {
        given:
        def officer = anOfficer()
        def officerBrowser = new SignedInClient(http.toBlocking(), server.URL)
        officerBrowser.signIn("officer@justice.example", "officer passphrase")

        when:
        def response = admin.postForm("/admin/accounts/${officer.id()}", "/admin/accounts/${officer.id()}",
                [displayName: "Kofi Mensah", role: "OFFICER", stateIso3: "GHA", disabled: "on"])

        then:
        response.status == HttpStatus.SEE_OTHER
        accounts.findById(officer.id()).get().disabled()
        officerBrowser.get("/account").headers.get("Location") == "/sign-in"
        new SignedInClient(http.toBlocking(), server.URL).signIn("officer@justice.example", "officer passphrase").status == HttpStatus.UNPROCESSABLE_ENTITY
    }

    def "a password reset ends the sessions and forces a new password"() {
        given:
        def officer = anOfficer()
        def officerBrowser = new SignedInClient(http.toBlocking(), server.URL)
        officerBrowser.signIn("officer@justice.example", "officer passphrase")

        when:
        admin.postForm("/admin/accounts/${officer.id()}", "/admin/accounts/${officer.id()}/password",
                [temporaryPassword: "reset passphrase 1"])

        then:
        officerBrowser.get("/account").headers.get("Location") == "/sign-in"
        officerBrowser.signIn("officer@justice.example", "reset passphrase 1").headers.get("Location") == "/account/password"
        database.inTransaction { DSLContext db -> db.fetchValue("SELECT action FROM audit_event ORDER BY id DESC LIMIT 1") } == "PASSWORD_RESET"
    }

    def "an administrator cannot take away their own administrator access"() {
        given:
        def self = accounts.findByEmail("admin@unodc.example").get()

        when:
        def response = admin.postForm("/admin/accounts/${self.id()}", "/admin/accounts/${self.id()}", change)

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains("You cannot take away your own administrator access.")
        with(accounts.findById(self.id()).get()) { role() == Role.ADMIN && !disabled() }

        where:
        change << [[displayName: "Ada Admin", role: "ANALYST"], [displayName: "Ada Admin", role: "ADMIN", disabled: "on"]]
    }

    def "only administrators reach the account pages"() {
        given:
        anOfficer()
        def officerBrowser = new SignedInClient(http.toBlocking(), server.URL)
        officerBrowser.signIn("officer@justice.example", "officer passphrase")

        expect:
        officerBrowser.get("/admin/accounts").status == HttpStatus.FORBIDDEN
        new SignedInClient(http.toBlocking(), server.URL).get("/admin/accounts").headers.get("Location") == "/sign-in"
        admin.get("/admin/accounts").status == HttpStatus.OK
    }

    private Account anOfficer() {
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "GHA", "Kofi Mensah")
    }
}
