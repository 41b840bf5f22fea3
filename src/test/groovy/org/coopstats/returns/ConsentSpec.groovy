package org.coopstats.returns

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.ApiClient
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification


import static org.coopstats.db.Tables.STATE_RETURN

/**
 * The State's consent to publication, on each version of its return: totals only unless the
 * officer chooses to be named, chosen when submitting or set on the draft through the API,
 * fixed once the version is submitted, and carried into an amendment.
 */
@MicronautTest(transactional = false)
class ConsentSpec extends Specification {

    static final String OFFICER = "officer@justice.example"
    static final String PASSWORD = "officer passphrase"

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    SignedInClient officer
    ApiClient api
    String token

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.insertOpenCycle("OPEN")
        database.account(OFFICER, PASSWORD, "OFFICER", "KEN")
        database.account("analyst@unodc.example", PASSWORD, "ANALYST")
        officer = new SignedInClient(http.toBlocking(), server.URL)
        officer.signIn(OFFICER, PASSWORD)
        officer.postForm("/returns/OPEN", "/returns/OPEN/start", [:])
        api = new ApiClient(http.toBlocking())
        token = api.tokenFor(OFFICER, PASSWORD)
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "a new return counts only inside totals until the officer chooses otherwise"() {
        expect:
        consents() == ["TOTALS_ONLY"]
        apiReturn().current.publicationConsent == "TOTALS_ONLY"

        when:
        String page = officer.get("/returns/OPEN/submit").body()

        then: "the submit form offers the choice, totals only chosen"
        page.contains("Publication of your State&#39;s figures") || page.contains("Publication of your State's figures")
        page =~ /<input type="radio" id="consent-totals-only" name="publicationConsent" value="TOTALS_ONLY" checked>/
        page =~ /<input type="radio" id="consent-named" name="publicationConsent" value="NAMED">/
        officer.get("/returns/OPEN").body() =~ /id="publication-consent">Only inside regional and global totals</
    }

    def "the officer chooses to be named when submitting; the version sent carries it and the analyst sees it"() {
        when:
        def response = officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0", publicationConsent: "NAMED"])

        then:
        response.status == HttpStatus.SEE_OTHER
        statuses() == ["SUBMITTED"]
        consents() == ["NAMED"]
        apiReturn().current.publicationConsent == "NAMED"
        api.call(HttpRequest.GET("/api/returns/OPEN/versions"), token).body()*.publicationConsent == ["NAMED"]

        when:
        def analyst = new SignedInClient(http.toBlocking(), server.URL)
        analyst.signIn("analyst@unodc.example", PASSWORD)

        then:
        analyst.get("/review/${latestId()}").body() =~ /id="publication-consent">By name</
        analyst.get("/review/${latestId()}?lang=fr").body() =~ /id="publication-consent">Nominativement</
    }

    def "submitting without a choice keeps the draft's consent, which the API may have set"() {
        given:
        api.call(HttpRequest.PUT("/api/returns/OPEN/consent", [publicationConsent: "NAMED"]), token)

        when:
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0"])

        then:
        statuses() == ["SUBMITTED"]
        consents() == ["NAMED"]
    }

    def "the API submits with a consent, and reports it"() {
        when:
        def response = api.call(HttpRequest.POST("/api/returns/OPEN/submit", [lockVersion: 0, publicationConsent: "NAMED"]), token)

        then:
        response.status == HttpStatus.OK
        response.body().current.status == "SUBMITTED"
        response.body().current.publicationConsent == "NAMED"
    }

    def "#how is refused with 400 and the allowed values, and nothing is saved"() {
        when:
        def response = send(this)

        then:
        response.status == HttpStatus.BAD_REQUEST
        body(response).contains("publicationConsent must be one of NAMED, TOTALS_ONLY")
        statuses() == ["DRAFT"]
        consents() == ["TOTALS_ONLY"]

        where:
        how                                      | send
        "a form sending PUBLIC"                  | { ConsentSpec spec -> spec.officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0", publicationConsent: "PUBLIC"]) }
        "a form sending named in lower case"     | { ConsentSpec spec -> spec.officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0", publicationConsent: "named"]) }
        "an API submission sending YES"          | { ConsentSpec spec -> spec.api.call(HttpRequest.POST("/api/returns/OPEN/submit", [lockVersion: 0, publicationConsent: "YES"]), spec.token) }
        "an API change sending an empty value"   | { ConsentSpec spec -> spec.api.call(HttpRequest.PUT("/api/returns/OPEN/consent", [publicationConsent: ""]), spec.token) }
        "an API change sending nothing"          | { ConsentSpec spec -> spec.api.call(HttpRequest.PUT("/api/returns/OPEN/consent", [:]), spec.token) }
    }

    def "only a draft's consent can be changed"() {
        when: "on the draft"
        def changed = api.call(HttpRequest.PUT("/api/returns/OPEN/consent", [publicationConsent: "NAMED"]), token)

        then:
        changed.status == HttpStatus.OK
        changed.body().current.publicationConsent == "NAMED"
        consents() == ["NAMED"]

        when: "once submitted"
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0"])
        def refused = api.call(HttpRequest.PUT("/api/returns/OPEN/consent", [publicationConsent: "TOTALS_ONLY"]), token)

        then:
        refused.status == HttpStatus.CONFLICT
        refused.body().message.contains("Only a draft's publication consent can be changed")
        consents() == ["NAMED"]
        statuses() == ["SUBMITTED"]

        and: "an unknown cycle is not found"
        api.call(HttpRequest.PUT("/api/returns/NOPE/consent", [publicationConsent: "NAMED"]), token).status == HttpStatus.NOT_FOUND
    }

    def "an amendment starts with the previous version's consent, and changing it leaves that version as it was"() {
        given: "version 1 is submitted by name and accepted"
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0", publicationConsent: "NAMED"])
        Long first = latestId()
        database.inTransaction { DSLContext db ->
            db.update(STATE_RETURN).set(STATE_RETURN.STATUS, "ACCEPTED").where(STATE_RETURN.ID.eq(first)).execute()
        }

        when:
        officer.postForm("/returns/OPEN", "/returns/OPEN/amend", [lockVersion: "1"])

        then:
        statuses() == ["ACCEPTED", "DRAFT"]
        consents() == ["NAMED", "NAMED"]
        officer.get("/returns/OPEN/submit").body() =~ /value="NAMED" checked>/

        when:
        officer.postForm("/returns/OPEN/submit", "/returns/OPEN/submit", [lockVersion: "0", publicationConsent: "TOTALS_ONLY"])

        then:
        statuses() == ["ACCEPTED", "SUBMITTED"]
        consents() == ["NAMED", "TOTALS_ONLY"]
    }

    def "the choice is offered in the officer's language"() {
        expect:
        officer.get("/returns/OPEN/submit?lang=es").body().contains("Solo dentro de los totales regionales y mundiales (opción predeterminada)")
        officer.get("/returns/OPEN/submit?lang=zh").body().contains("仅计入区域和全球总数（默认）")
        officer.get("/returns/OPEN/submit?lang=ar").body().contains("ضمن المجاميع الإقليمية والعالمية فقط (الخيار الافتراضي)")
    }

    private Map apiReturn() {
        api.call(HttpRequest.GET("/api/returns/OPEN"), token).body() as Map
    }

    private static String body(def response) {
        def body = response.body()
        body instanceof Map ? body.message : body.toString()
    }

    private List<String> consents() {
        column(STATE_RETURN.PUBLICATION_CONSENT)
    }

    private List<String> statuses() {
        column(STATE_RETURN.STATUS)
    }

    private List<String> column(def field) {
        database.inTransaction { DSLContext db -> db.select(field).from(STATE_RETURN).orderBy(STATE_RETURN.VERSION).fetch(field) }
    }

    private Long latestId() {
        database.inTransaction { DSLContext db ->
            db.select(STATE_RETURN.ID).from(STATE_RETURN).orderBy(STATE_RETURN.VERSION.desc()).limit(1).fetchOne(STATE_RETURN.ID)
        }
    }
}
