package org.coopstats.lines

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.SignedInClient
import org.coopstats.support.ApiClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN

@MicronautTest(transactional = false)
class LineApiSpec extends Specification {

    static final Map<String, Object> LINE = [
            cooperation_type    : "EXTRADITION", direction: "INCOMING", counterpart_iso3: "FRA",
            legal_basis_category: "UNTOC", legal_instrument: "UNTOC_ART_16", offence_type: "TRAFFICKING_IN_PERSONS",
            electronic_evidence : "NO", channel: "DIPLOMATIC", informal_consultation: "YES",
            outcome             : "REFUSED", refusal_ground: "NATIONALITY", case_count: 2,
            requested_on        : "2030-04-01", completed_on: "2030-09-15"]

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    String token
    Long cycleId

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.account("system@justice.example", "system passphrase", "OFFICER", "KEN")
        cycleId = database.insertCycle("2030", 2030)
        database.insertDraftReturn(cycleId, "KEN")
        token = tokenFor("system@justice.example", "system passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "a State's system signs in for a token, adds, reads, changes and deletes a line with it"() {
        when:
        def added = call(HttpRequest.POST("/api/returns/2030/lines", LINE), token)

        then:
        added.status == HttpStatus.CREATED
        def line = added.body()
        line.case_count == 2
        line.refusal_ground == "NATIONALITY"
        line.lockVersion == 0
        added.header("Location") == "/api/returns/2030/lines/${line.id}"

        when:
        def changed = call(HttpRequest.PUT("/api/returns/2030/lines/${line.id}", LINE + [case_count: 5, lockVersion: 0]), token)

        then:
        changed.status == HttpStatus.OK
        changed.body().case_count == 5
        changed.body().lockVersion == 1

        when:
        def listed = call(HttpRequest.GET("/api/returns/2030/lines"), token)

        then:
        listed.body().total == 1
        listed.body().lines*.id == [line.id]

        when:
        def stale = call(HttpRequest.PUT("/api/returns/2030/lines/${line.id}", LINE + [case_count: 9, lockVersion: 0]), token)

        then: "the conflict names the line as saved now and nothing is overwritten"
        stale.status == HttpStatus.CONFLICT
        stale.body().current.case_count == 5
        stale.body().changedBy == "system@justice.example"
        casesOf(line.id as long) == 5

        when:
        def deleted = call(HttpRequest.DELETE("/api/returns/2030/lines/${line.id}?lockVersion=1"), token)

        then:
        deleted.status == HttpStatus.NO_CONTENT
        lineCount() == 0
    }

    def "the API applies the form's rules and names the column of each problem"() {
        when:
        def refused = call(HttpRequest.POST("/api/returns/2030/lines", LINE + [refusal_ground: null, counterpart_iso3: "KEN", case_count: 0]), token)

        then:
        refused.status == HttpStatus.UNPROCESSABLE_ENTITY
        refused.body().errors.keySet() == ["refusal_ground", "counterpart_iso3", "case_count"] as Set
        lineCount() == 0

        when:
        def misspelt = call(HttpRequest.POST("/api/returns/2030/lines", LINE + [cooperation_typ: "MLA"]), token)

        then:
        misspelt.status == HttpStatus.UNPROCESSABLE_ENTITY
        misspelt.body().message.contains("cooperation_typ")

        when:
        def warned = call(HttpRequest.POST("/api/returns/2030/lines", LINE + [completed_on: "2031-09-15"]), token)
        def confirmed = call(HttpRequest.POST("/api/returns/2030/lines", LINE + [completed_on: "2031-09-15", confirmWarnings: true]), token)

        then:
        warned.status == HttpStatus.UNPROCESSABLE_ENTITY
        warned.body().warnings.completed_on.contains("after the end of the period")
        confirmed.status == HttpStatus.CREATED
    }

    def "the return is started, read and submitted through the API, and its versions listed"() {
        given:
        call(HttpRequest.POST("/api/returns/2030/lines", LINE), token)
        def before = call(HttpRequest.GET("/api/returns/2030"), token).body()

        when:
        def submitted = call(HttpRequest.POST("/api/returns/2030/submit", [lockVersion: before.current.lockVersion]), token)

        then:
        before.totals*.cases == [2]
        submitted.status == HttpStatus.OK
        submitted.body().current.status == "SUBMITTED"
        call(HttpRequest.GET("/api/returns/2030/versions"), token).body()*.version == [1]
        call(HttpRequest.GET("/api/returns/2030/versions/1"), token).body().lines*.case_count == [2]
    }

    def "an officer of another State gets not found for every line and version address through the API"() {
        given:
        def id = call(HttpRequest.POST("/api/returns/2030/lines", LINE), token).body().id
        database.account("other@justice.example", "other passphrase", "OFFICER", "UGA")
        database.insertDraftReturn(cycleId, "UGA")
        def other = tokenFor("other@justice.example", "other passphrase")

        expect:
        call(HttpRequest.GET("/api/returns/2030/lines/${id}"), other).status == HttpStatus.NOT_FOUND
        call(HttpRequest.PUT("/api/returns/2030/lines/${id}", LINE + [lockVersion: 0]), other).status == HttpStatus.NOT_FOUND
        call(HttpRequest.DELETE("/api/returns/2030/lines/${id}?lockVersion=0"), other).status == HttpStatus.NOT_FOUND
        call(HttpRequest.POST("/api/returns/2030/lines/${id}/duplicate", [:]), other).status == HttpStatus.NOT_FOUND
        call(HttpRequest.GET("/api/returns/2030/versions/1"), other).body().lines == []
        call(HttpRequest.GET("/api/returns/2030/lines"), other).body().lines == []
        lineCount() == 1
    }

    def "an analyst cannot change a line through the API, and anonymous calls are refused"() {
        given:
        def id = call(HttpRequest.POST("/api/returns/2030/lines", LINE), token).body().id
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        def analyst = tokenFor("analyst@unodc.example", "analyst passphrase")

        expect:
        call(HttpRequest.PUT("/api/returns/2030/lines/${id}", LINE + [case_count: 99, lockVersion: 0]), analyst).status == HttpStatus.FORBIDDEN
        call(HttpRequest.POST("/api/returns/2030/lines", LINE), analyst).status == HttpStatus.FORBIDDEN
        call(HttpRequest.GET("/api/returns/2030/lines"), null).status == HttpStatus.UNAUTHORIZED
        casesOf(id as long) == 2
    }

    def "a signed-out token no longer works"() {
        when:
        def revoked = call(HttpRequest.DELETE("/api/tokens/current"), token)

        then:
        revoked.status == HttpStatus.NO_CONTENT
        call(HttpRequest.GET("/api/returns/2030/lines"), token).status == HttpStatus.UNAUTHORIZED
    }

    def "a wrong password gets no token and does not say whether the account exists"() {
        expect:
        def wrong = call(HttpRequest.POST("/api/tokens", [email: "system@justice.example", password: "nope"]), null)
        def nobody = call(HttpRequest.POST("/api/tokens", [email: "nobody@justice.example", password: "nope"]), null)
        wrong.status == HttpStatus.UNAUTHORIZED
        nobody.status == HttpStatus.UNAUTHORIZED
        wrong.body().message == nobody.body().message
    }

    def "with the browser's cookie instead of a token, a change needs the CSRF token in a header"() {
        given:
        def browser = new SignedInClient(http.toBlocking(), server.URL)
        browser.signIn("system@justice.example", "system passphrase")
        def csrf = browser.send(HttpRequest.GET("/api/me").accept(MediaType.APPLICATION_JSON_TYPE)).body()
        def csrfToken = (csrf =~ /"csrfToken":"([^"]+)"/)[0][1]

        when:
        def without = browser.send(HttpRequest.POST("/api/returns/2030/lines", LINE).header("Origin", browser.origin))
        def with = browser.send(HttpRequest.POST("/api/returns/2030/lines", LINE).header("Origin", browser.origin)
                .header("X-CSRF-Token", csrfToken))

        and: "a whole file sent with the cookie alone is refused the same way"
        def upload = browser.send(HttpRequest.POST("/api/returns/2030/uploads?mode=replace", "cooperation_type\r\n")
                .contentType("text/csv").header("Origin", browser.origin))

        then:
        without.status == HttpStatus.FORBIDDEN
        with.status == HttpStatus.CREATED
        upload.status == HttpStatus.FORBIDDEN
        lineCount() == 1
    }

    def "the service serves its OpenAPI description of the API"() {
        when:
        def yaml = http.toBlocking().retrieve("/openapi/coopstats-1.yml")

        then:
        yaml.contains("/api/returns/{cycle}/lines/{id}:")
        yaml.contains("/api/tokens:")
        yaml.contains("/api/review/{id}/return:")
        !yaml.contains("/sign-in:")
    }

    private String tokenFor(String email, String password) {
        new ApiClient(http.toBlocking()).tokenFor(email, password)
    }

    private HttpResponse<Object> call(MutableHttpRequest<?> request, String bearer) {
        new ApiClient(http.toBlocking()).call(request, bearer)
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }

    private int casesOf(long id) {
        database.inTransaction { DSLContext db -> db.select(CASE_LINE.CASE_COUNT).from(CASE_LINE).where(CASE_LINE.ID.eq(id)).fetchOne().value1() }
    }
}
