package org.coopstats.lines

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
import spock.lang.Unroll

import static org.coopstats.db.Tables.AUDIT_EVENT
import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN

@MicronautTest(transactional = false)
class LineFormSpec extends Specification {

    static final Map<String, String> VALID = [
            cooperation_type     : "MLA", direction: "OUTGOING", counterpart_iso3: "BRA",
            legal_basis_category : "UNTOC", legal_instrument: "UNTOC_ART_18", offence_type: "MONEY_LAUNDERING",
            electronic_evidence  : "YES", channel: "CENTRAL_AUTHORITY", informal_consultation: "NO",
            outcome              : "EXECUTED", refusal_ground: "", case_count: "3",
            requested_on         : "2030-02-03", completed_on: "2030-06-30", note: "=HYPERLINK(\"x\")"]

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    SignedInClient officer
    Long draftId

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        def cycle = database.insertCycle("2030", 2030)
        draftId = database.insertDraftReturn(cycle, "KEN")
        officer = signedIn("officer@justice.example", "officer passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an officer adds a line and it is saved with every value, its note kept as text, and audited"() {
        when:
        def response = officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID)

        then:
        response.status == HttpStatus.SEE_OTHER
        response.header("Location") == "/returns/2030?done=saved#lines"
        def line = onlyLine()
        line.cooperationType == "MLA"
        line.counterpartIso3 == "BRA"
        line.legalInstrument == "UNTOC_ART_18"
        line.caseCount == 3
        line.requestedOn.toString() == "2030-02-03"
        line.note == '=HYPERLINK("x")'
        lockVersionOfReturn() == 1
        auditActions() == ["LINE_ADDED"]

        and: "the return page lists it with its totals"
        def page = officer.get("/returns/2030").body()
        page.contains("id=\"line-${line.id}\"")
        page.contains('<td class="num" id="total-cases">3</td>')
    }

    @Unroll
    def "a line with #problem is refused with a message next to the field and nothing is written"() {
        when:
        def response = officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID + change)

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        def page = response.body()
        page.contains('id="error-summary"')
        page.contains("id=\"${field}-error\"")
        page.contains(message)
        lineCount() == 0
        auditActions() == []

        where:
        problem                               | change                                              | field                  | message
        "no refusal ground on a refusal"      | [outcome: "REFUSED"]                                | "refusal_ground"       | "Give the ground for refusal"
        "a refusal ground on an execution"    | [refusal_ground: "BANK_SECRECY"]                    | "refusal_ground"       | "Leave the refusal ground empty"
        "completion before the request"       | [completed_on: "2030-01-05"]                        | "completed_on"         | "is earlier than the date of the request"
        "a completion date while pending"     | [outcome: "PENDING"]                                | "completed_on"         | "still pending"
        "its own State as counterpart"        | [counterpart_iso3: "KEN"]                           | "counterpart_iso3"     | "cannot be your own State"
        "an unknown counterpart"              | [counterpart_iso3: "XXX"]                           | "counterpart_iso3"     | "is not a State code"
        "no cases"                            | [case_count: "0"]                                   | "case_count"           | "from 1 to 100,000"
        "too many cases"                      | [case_count: "100001"]                              | "case_count"           | "from 1 to 100,000"
        "a count written as a formula"        | [case_count: "+5"]                                  | "case_count"           | "from 1 to 100,000"
        "an unknown cooperation type"         | [cooperation_type: "TELEPATHY"]                     | "cooperation_type"     | "is not a cooperation type code"
        "a missing offence"                   | [offence_type: ""]                                  | "offence_type"         | "Choose the offence"
        "an unknown outcome"                  | [outcome: "LOST"]                                   | "outcome"              | "is not an outcome code"
        "an instrument of another basis"      | [legal_instrument: "UNCAC"]                         | "legal_instrument"     | "is not an instrument of the legal basis"
        "a date that does not exist"          | [requested_on: "2030-02-30"]                        | "requested_on"         | "Write it as YYYY-MM-DD"
        "a date in another format"            | [requested_on: "03/02/2030"]                        | "requested_on"         | "Write it as YYYY-MM-DD"
        "a note that is too long"             | [note: "x" * 201]                                   | "note"                 | "Keep the note under 200 characters"
    }

    def "a date far outside the period is a warning the officer confirms, not an error"() {
        when:
        def warned = officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID + [requested_on: "2013-02-03"])

        then:
        warned.status == HttpStatus.UNPROCESSABLE_ENTITY
        warned.body().contains('id="warning-summary"')
        warned.body().contains("more than 5 years before the period covered")
        lineCount() == 0

        when:
        def confirmed = officer.postForm("/returns/2030/lines/new", "/returns/2030/lines",
                VALID + [requested_on: "2013-02-03", confirm_warnings: "yes"])

        then:
        confirmed.status == HttpStatus.SEE_OTHER
        onlyLine().requestedOn.toString() == "2013-02-03"

        and: "the confirmation page lists the warning again"
        officer.get("/returns/2030/submit").body().contains("One warning remains")
    }

    def "an officer changes, duplicates and deletes lines, each audited with before and after"() {
        given:
        officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID)
        def line = onlyLine()

        when:
        def changed = officer.postForm("/returns/2030/lines/${line.id}", "/returns/2030/lines/${line.id}",
                VALID + [case_count: "7", lock_version: "0"])

        then:
        changed.status == HttpStatus.SEE_OTHER
        onlyLine().caseCount == 7
        onlyLine().lockVersion == 1

        when:
        def copied = officer.postForm("/returns/2030", "/returns/2030/lines/${line.id}/duplicate", [:])

        then:
        copied.status == HttpStatus.SEE_OTHER
        lineCount() == 2

        when:
        def deleted = officer.postForm("/returns/2030", "/returns/2030/lines/${line.id}/delete", [lock_version: "1"])

        then:
        deleted.status == HttpStatus.SEE_OTHER
        lineCount() == 1
        auditActions() == ["LINE_ADDED", "LINE_CHANGED", "LINE_ADDED", "LINE_DELETED"]
        def change = database.inTransaction { DSLContext db -> db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("LINE_CHANGED"))
                .and(AUDIT_EVENT.ENTITY_ID.like("${draftId}:%")).fetchOne() }
        change.beforeValue.contains('"caseCount":3')
        change.afterValue.contains('"caseCount":7')
        change.actor == "officer@justice.example"
    }

    def "the second of two people saving the same line gets a conflict showing what changed, and nothing is lost"() {
        given: "two officers of the same State open the same line"
        database.account("colleague@justice.example", "colleague passphrase", "OFFICER", "KEN")
        def colleague = signedIn("colleague@justice.example", "colleague passphrase")
        officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID)
        def line = onlyLine()

        when: "the colleague saves first"
        def first = colleague.postForm("/returns/2030/lines/${line.id}", "/returns/2030/lines/${line.id}",
                VALID + [outcome: "PARTLY_EXECUTED", lock_version: "0"])

        and: "the officer saves the version they opened"
        def second = officer.postForm("/returns/2030/lines/${line.id}", "/returns/2030/lines/${line.id}",
                VALID + [case_count: "9", lock_version: "0"])

        then: "the officer is told who changed what, and the colleague's change stands"
        first.status == HttpStatus.SEE_OTHER
        second.status == HttpStatus.CONFLICT
        def page = second.body()
        page.contains("Someone else changed this line")
        page.contains("colleague@justice.example")
        page.contains("Partly executed")
        page.contains('value="9"')
        onlyLine().outcome == "PARTLY_EXECUTED"
        onlyLine().caseCount == 3

        when: "the officer saves their entries again from the conflict page"
        def again = officer.send(SignedInClient.formPost("/returns/2030/lines/${line.id}",
                VALID + [case_count: "9", lock_version: "1", csrf: SignedInClient.csrfOn(page)]).header("Origin", officer.origin))

        then:
        again.status == HttpStatus.SEE_OTHER
        onlyLine().caseCount == 9
    }

    def "a submission confirmed before a line changed is refused, so nobody submits what they did not see"() {
        given:
        def confirmation = officer.get("/returns/2030/submit").body()
        officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID)

        when:
        def submitted = officer.send(SignedInClient.formPost("/returns/2030/submit",
                [csrf: SignedInClient.csrfOn(confirmation), lockVersion: "0"]).header("Origin", officer.origin))

        then:
        submitted.status == HttpStatus.CONFLICT
        submitted.body().contains("The last change: officer@justice.example added a line")
        statusOfReturn() == "DRAFT"
    }

    def "an officer of another State gets not found for every line address"() {
        given:
        officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID)
        def line = onlyLine()
        database.account("other@justice.example", "other passphrase", "OFFICER", "UGA")
        database.insertDraftReturn(database.inTransaction { DSLContext db -> db.select(STATE_RETURN.CYCLE_ID).from(STATE_RETURN).fetchOne().value1() }, "UGA")
        def other = signedIn("other@justice.example", "other passphrase")

        expect:
        other.get("/returns/2030/lines/${line.id}").status == HttpStatus.NOT_FOUND
        other.postForm("/returns/2030/lines/new", "/returns/2030/lines/${line.id}", VALID + [lock_version: "0"]).status == HttpStatus.NOT_FOUND
        other.postForm("/returns/2030/lines/new", "/returns/2030/lines/${line.id}/delete", [lock_version: "0"]).status == HttpStatus.NOT_FOUND
        other.postForm("/returns/2030/lines/new", "/returns/2030/lines/${line.id}/duplicate", [:]).status == HttpStatus.NOT_FOUND
        onlyLine().caseCount == 3
        lineCount() == 1
    }

    def "an analyst cannot change a line and anonymous visitors are sent to sign in"() {
        given:
        officer.postForm("/returns/2030/lines/new", "/returns/2030/lines", VALID)
        def line = onlyLine()
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        def analyst = signedIn("analyst@unodc.example", "analyst passphrase")
        def anonymous = new SignedInClient(http.toBlocking(), server.URL)

        expect:
        analyst.postForm("/review", "/returns/2030/lines/${line.id}", VALID + [case_count: "50", lock_version: "0"]).status == HttpStatus.FORBIDDEN
        analyst.postForm("/review", "/returns/2030/lines/${line.id}/delete", [lock_version: "0"]).status == HttpStatus.FORBIDDEN
        anonymous.get("/returns/2030/lines/new").header("Location") == "/sign-in"
        onlyLine().caseCount == 3
    }

    def "a cross-site post of a line is refused"() {
        when:
        def token = SignedInClient.csrfOn(officer.get("/returns/2030/lines/new").body())
        def response = officer.send(SignedInClient.formPost("/returns/2030/lines", VALID + [csrf: token])
                .header("Origin", "https://evil.example"))

        then:
        response.status == HttpStatus.FORBIDDEN
        lineCount() == 0
    }

    private SignedInClient signedIn(String email, String password) {
        def client = new SignedInClient(http.toBlocking(), server.URL)
        client.signIn(email, password)
        client
    }

    private onlyLine() {
        database.inTransaction { DSLContext db -> db.selectFrom(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(draftId)).fetchSingle() }
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }

    private long lockVersionOfReturn() {
        database.inTransaction { DSLContext db -> db.select(STATE_RETURN.LOCK_VERSION).from(STATE_RETURN).where(STATE_RETURN.ID.eq(draftId)).fetchOne().value1() }
    }

    private String statusOfReturn() {
        database.inTransaction { DSLContext db -> db.select(STATE_RETURN.STATUS).from(STATE_RETURN).where(STATE_RETURN.ID.eq(draftId)).fetchOne().value1() }
    }

    private List<String> auditActions() {
        database.inTransaction { DSLContext db ->
            db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY.eq("line"))
                    .and(AUDIT_EVENT.ENTITY_ID.like("${draftId}:%")).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION)
        }
    }
}
