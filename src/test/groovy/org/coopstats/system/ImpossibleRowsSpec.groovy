package org.coopstats.system

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import org.jooq.exception.DataAccessException
import spock.lang.Specification

import java.time.LocalDate
import java.time.LocalDateTime

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN

/** The database itself refuses rows no return could truthfully contain. */
@MicronautTest(transactional = false)
class ImpossibleRowsSpec extends Specification {

    @Inject
    TestDatabase database

    Long returnId

    def setup() {
        database.removeReturnsAndCycles()
        returnId = database.insertDraftReturn(database.insertCycle("2030", 2030), "FRA")
    }

    def cleanup() {
        database.removeReturnsAndCycles()
    }

    def "a valid line is accepted"() {
        when:
        insertLine([:])

        then:
        lineCount() == 1
    }

    def "the database refuses a line with #problem"() {
        when:
        insertLine(change)

        then:
        def refused = thrown(DataAccessException)
        ConstraintMessages.explain(refused).get() == message

        and: "nothing was written"
        lineCount() == 0

        where:
        problem                                   | change                                                                   || message
        "a negative case count"                   | [case_count: -3]                                                         || "The number of cases must be a whole number from 1 to 100,000."
        "a case count of zero"                    | [case_count: 0]                                                          || "The number of cases must be a whole number from 1 to 100,000."
        "a case count above 100,000"              | [case_count: 100_001]                                                    || "The number of cases must be a whole number from 1 to 100,000."
        "completion before the request"           | [requested_on: LocalDate.of(2030, 5, 2), completed_on: LocalDate.of(2030, 5, 1)] || "The completion date cannot be earlier than the date of the request."
        "a completion date on a pending request"  | [outcome: "PENDING"]                                                     || "A request still pending at the end of the period cannot have a completion date."
        "a refusal ground on an executed request" | [refusal_ground: "BANK_SECRECY"]                                         || "Give a refusal ground when the outcome is \"Refused\", and leave it empty for any other outcome."
        "a refusal without its ground"            | [outcome: "REFUSED"]                                                     || "Give a refusal ground when the outcome is \"Refused\", and leave it empty for any other outcome."
        "an unknown cooperation type"             | [cooperation_type: "TELEPATHY"]                                          || "The cooperation type is not one of the allowed codes."
        "an unknown direction"                    | [direction: "SIDEWAYS"]                                                  || "The direction must be OUTGOING or INCOMING."
        "an unknown counterpart State"            | [counterpart_iso3: "XXX"]                                                || "The counterpart State is not a known ISO 3166 alpha-3 code."
        "an unknown legal basis"                  | [legal_basis_category: "GOODWILL", legal_instrument: null]               || "The legal basis is not one of the allowed codes."
        "an instrument outside its category"      | [legal_basis_category: "BILATERAL", legal_instrument: "UNTOC_ART_16"]    || "The named instrument is unknown or does not belong to the chosen legal basis."
        "an unknown offence"                      | [offence_type: "ICCS_99"]                                                || "The offence is not one of the allowed codes."
        "an unknown electronic-evidence answer"   | [electronic_evidence: "MAYBE"]                                           || "Electronic evidence must be YES, NO or UNKNOWN."
        "an unknown channel"                      | [channel: "CARRIER_PIGEON"]                                              || "The channel is not one of the allowed codes."
        "an unknown informal-consultation answer" | [informal_consultation: "PERHAPS"]                                       || "Informal consultation must be YES, NO or UNKNOWN."
        "an unknown outcome"                      | [outcome: "LOST"]                                                        || "The outcome is not one of the allowed codes."
        "an unknown refusal ground"               | [outcome: "REFUSED", refusal_ground: "WHIM"]                             || "The refusal ground is not one of the allowed codes."
        "a return that does not exist"            | [return_id: -1L]                                                         || "The return this line belongs to does not exist."
    }

    def "the database refuses a return with #problem"() {
        when:
        database.inTransaction { DSLContext db ->
            db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycleId())
                    .set(STATE_RETURN.STATE_ISO3, values.state ?: "DEU")
                    .set(STATE_RETURN.VERSION, values.containsKey("version") ? values.version : 1)
                    .set(STATE_RETURN.STATUS, values.status ?: "DRAFT")
                    .set(STATE_RETURN.SUBMITTED_AT, values.submittedAt as LocalDateTime)
                    .execute()
        }

        then:
        def refused = thrown(DataAccessException)
        ConstraintMessages.explain(refused).get() == message

        where:
        problem                          | values                                     || message
        "an unknown State"               | [state: "ZZZ"]                             || "The State is not a known ISO 3166 alpha-3 code."
        "an unknown status"              | [status: "LOST"]                           || "The status of a return must be DRAFT, SUBMITTED, RETURNED or ACCEPTED."
        "version zero"                   | [version: 0]                               || "The version of a return starts at 1."
        "submitted without a time"       | [status: "SUBMITTED"]                      || "A return that is not a draft needs its submission time."
        "the same version twice"         | [state: "FRA"]                             || "This State already has a return of this version for this cycle."
    }

    def "the database refuses a cycle whose #problem"() {
        when:
        database.inTransaction { DSLContext db ->
            db.insertInto(REPORTING_CYCLE)
                    .set(REPORTING_CYCLE.CODE, "2040")
                    .set(REPORTING_CYCLE.PERIOD_START, LocalDate.of(2040, 1, 1))
                    .set(REPORTING_CYCLE.PERIOD_END, periodEnd)
                    .set(REPORTING_CYCLE.OPENS_ON, LocalDate.of(2041, 1, 15))
                    .set(REPORTING_CYCLE.DEADLINE, deadline)
                    .execute()
        }

        then:
        def refused = thrown(DataAccessException)
        ConstraintMessages.explain(refused).get() == message

        where:
        problem                     | periodEnd                  | deadline                   || message
        "period ends before it starts" | LocalDate.of(2039, 12, 31) | LocalDate.of(2041, 3, 31) || "The end of the period covered cannot be before its start."
        "deadline precedes opening"  | LocalDate.of(2040, 12, 31) | LocalDate.of(2041, 1, 1)  || "The deadline cannot be before the opening date."
    }

    private void insertLine(Map change) {
        Map values = [
                return_id            : returnId,
                cooperation_type     : "MLA",
                direction            : "OUTGOING",
                counterpart_iso3     : "DEU",
                legal_basis_category : "UNTOC",
                legal_instrument     : "UNTOC_ART_18",
                offence_type         : "MONEY_LAUNDERING",
                electronic_evidence  : "NO",
                channel              : "CENTRAL_AUTHORITY",
                informal_consultation: "UNKNOWN",
                outcome              : "EXECUTED",
                refusal_ground       : null,
                case_count           : 1,
                requested_on         : LocalDate.of(2030, 3, 1),
                completed_on         : LocalDate.of(2030, 6, 1)] + change
        database.inTransaction { DSLContext db ->
            db.insertInto(CASE_LINE).set(values.collectEntries { column, value -> [CASE_LINE.field(column as String), value] }).execute()
        }
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }

    private Long cycleId() {
        database.inTransaction { DSLContext db -> db.select(REPORTING_CYCLE.ID).from(REPORTING_CYCLE).fetchOne(REPORTING_CYCLE.ID) }
    }
}
