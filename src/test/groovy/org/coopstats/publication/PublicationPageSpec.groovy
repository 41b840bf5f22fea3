package org.coopstats.publication

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

import static org.coopstats.db.Tables.APP_USER
import static org.coopstats.db.Tables.AUDIT_EVENT
import static org.coopstats.db.Tables.EDITION
import static org.coopstats.db.Tables.STATE

/** The analyst's publication page: what an edition would count, publishing it, and refusing what cannot be published. */
@MicronautTest(transactional = false)
class PublicationPageSpec extends Specification {

    static final String ANALYST = "analyst@unodc.example"
    static final String PASSWORD = "analyst passphrase"

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    SignedInClient analyst
    int statesParties

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        def fixture = new PublicationFixture(database)
        Long cycle = database.insertCycle("2041", 2041)
        fixture.version(cycle, "KEN", 1, "ACCEPTED", [5, 7], "NAMED")
        fixture.version(cycle, "GHA", 1, "SUBMITTED", [3])
        fixture.version(cycle, "NGA", 1, "DRAFT", [40])
        fixture.version(cycle, "SEN", 1, "RETURNED", [50])
        database.account(ANALYST, PASSWORD, "ANALYST")
        database.account("admin@unodc.example", PASSWORD, "ADMIN")
        database.account("officer@justice.example", PASSWORD, "OFFICER", "KEN")
        analyst = signedIn(ANALYST)
        statesParties = database.inTransaction { DSLContext db -> db.fetchCount(STATE, STATE.UNTOC_PARTY.isTrue()) }
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "the page shows what the next edition would count, and what it leaves out"() {
        when:
        def response = analyst.get("/publication")
        String page = response.body()

        then:
        response.status == HttpStatus.OK
        page.contains("Cycle 2041")
        page.contains(">1 of ${statesParties} States parties<")
        page =~ /class="submitted">1</
        page =~ /class="drafts">1</
        page =~ /class="returned">1</
        page.contains("are not included in an edition")
        page.contains("Not published yet.")
        page.contains("First edition; returns counted: 1; cases: 12")
        page.contains("Publish edition 1 of cycle 2041")
        page.contains('action="/publication/2041"')
        page.contains('aria-current="page">Publication</a>')
        editions() == 0
    }

    def "an analyst publishes: the post redirects to the page, which says so and links the public page"() {
        when:
        def response = analyst.postForm("/publication", "/publication/2041", [note: "The first figures of 2041."])

        then: "see other, to the page with the notice"
        response.status == HttpStatus.SEE_OTHER
        response.header("Location") == "/publication?published=2041&edition=1#cycle-2041"

        when:
        String page = analyst.get("/publication?published=2041&edition=1").body()

        then:
        page.contains("Edition 1 of cycle 2041 is published.")
        page.contains('<a href="/published/2041/1">Open its public page</a>')
        page.contains('<a href="/published/2041/1">Edition 1</a>')
        page.contains("The first figures of 2041.")
        page.contains("Nothing has changed since edition 1")
        !page.contains("Publish edition 2 of cycle 2041")

        and: "one edition, by the analyst, in the audit trail"
        editions() == 1
        database.inTransaction { DSLContext db ->
            db.select(EDITION.PUBLISHED_BY).from(EDITION).fetchOne(EDITION.PUBLISHED_BY) ==
                    db.select(APP_USER.ID).from(APP_USER).where(APP_USER.EMAIL.eq(ANALYST)).fetchOne(APP_USER.ID)
        }
        database.inTransaction { DSLContext db ->
            String edition = String.valueOf(db.select(EDITION.ID).from(EDITION).fetchOne(EDITION.ID))
            db.select(AUDIT_EVENT.ACTOR).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("EDITION_PUBLISHED"))
                    .and(AUDIT_EVENT.ENTITY_ID.eq(edition)).fetch(AUDIT_EVENT.ACTOR)
        } == [ANALYST]

        and: "a notice is shown only for an edition that exists"
        !analyst.get("/publication?published=2041&edition=7").body().contains("is published.")
    }

    def "administrators publish too; officers are refused; visitors are sent to sign in"() {
        given:
        def admin = signedIn("admin@unodc.example")
        def officer = signedIn("officer@justice.example")
        def visitor = new SignedInClient(http.toBlocking(), server.URL)

        expect:
        admin.get("/publication").status == HttpStatus.OK
        officer.get("/publication").status == HttpStatus.FORBIDDEN
        officer.postForm("/account", "/publication/2041", [note: ""]).status == HttpStatus.FORBIDDEN
        visitor.get("/publication").status in [HttpStatus.SEE_OTHER, HttpStatus.FOUND]
        visitor.get("/publication").header("Location") == "/sign-in"
        editions() == 0

        when:
        def response = admin.postForm("/publication", "/publication/2041", [:])

        then:
        response.status == HttpStatus.SEE_OTHER
        editions() == 1
    }

    def "#problem is refused with #status and a clear message, and nothing is written"() {
        given:
        if (problem == "an unchanged cycle") {
            analyst.postForm("/publication", "/publication/2041", [:])
        }
        Long empty = database.insertCycle("2042", 2042)
        new PublicationFixture(database).version(empty, "GHA", 1, "SUBMITTED", [3])
        int before = editions()
        String token = SignedInClient.csrfOn(analyst.get("/account").body())

        when:
        def response = analyst.send(SignedInClient.formPost(action, fields + (csrf == null ? [:] : [csrf: csrf == "valid" ? token : csrf]))
                .header("Origin", analyst.origin))

        then:
        response.status == status
        response.body().contains(message)
        editions() == before

        where:
        problem                     | action              | fields                       | csrf            || status                          | message
        "an unknown cycle"          | "/publication/2099" | [:]                          | "valid"         || HttpStatus.NOT_FOUND            | "There is nothing at /publication/2099"
        "a note too long"           | "/publication/2041" | [note: "x" * 1001]           | "valid"         || HttpStatus.UNPROCESSABLE_ENTITY | "Keep the note to 1,000 characters or fewer."
        "a missing form token"      | "/publication/2041" | [note: "Hello"]              | null            || HttpStatus.FORBIDDEN            | "This form has expired"
        "a wrong form token"        | "/publication/2041" | [note: "Hello"]              | "forged"        || HttpStatus.FORBIDDEN            | "This form has expired"
        "a cycle with no accepted return" | "/publication/2042" | [:]                   | "valid"         || HttpStatus.UNPROCESSABLE_ENTITY | "This cycle has no accepted return yet, so there is nothing to publish."
        "an unchanged cycle"        | "/publication/2041" | [:]                          | "valid"         || HttpStatus.UNPROCESSABLE_ENTITY | "Nothing has changed since edition 1"
    }

    def "a refused note comes back in the form, with the message beside it"() {
        when:
        def response = analyst.postForm("/publication", "/publication/2041", [note: "é" * 1001])

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains('<a href="#note-2041">Keep the note to 1,000 characters or fewer.</a>')
        response.body().contains('<p class="field-error">Keep the note to 1,000 characters or fewer.</p>')
        response.body().contains(">${"é" * 1001}</textarea>")
    }

    def "the page is in the analyst's language: #language"() {
        when:
        String page = analyst.get("/publication?lang=$language").body()

        then:
        page.contains("<html lang=\"$language\" dir=\"$dir\">")
        page.contains(button)

        where:
        language | dir   | button
        "fr"     | "ltr" | "édition 1 du cycle 2041"
        "es"     | "ltr" | "Publicar la edición 1 del ciclo 2041"
        "ru"     | "ltr" | "Опубликовать выпуск 1 цикла 2041"
        "zh"     | "ltr" | "发布周期2041的第1版"
        "ar"     | "rtl" | "انشر الإصدار 1 من الدورة 2041"
    }

    def "the analyst's account page and the analytics page lead to it, the officer's account page does not"() {
        expect:
        analyst.get("/account").body().contains('href="/publication"')
        analyst.get("/analytics").body().contains('href="/publication"')
        !signedIn("officer@justice.example").get("/account").body().contains('href="/publication"')
    }

    private SignedInClient signedIn(String email) {
        def client = new SignedInClient(http.toBlocking(), server.URL)
        client.signIn(email, PASSWORD)
        client
    }

    private int editions() {
        database.inTransaction { DSLContext db -> db.fetchCount(EDITION) }
    }
}
