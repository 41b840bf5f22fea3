package org.coopstats.demo

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import org.coopstats.system.ConstraintMessages
import org.jooq.DSLContext
import spock.lang.Specification

import java.time.LocalDate

import static org.coopstats.db.Tables.CASE_LINE

/** The bulk path refuses what the database refuses: one bad line and nothing is written. */
@MicronautTest(transactional = false)
class CaseLineBulkLoadSpec extends Specification {

    @Inject
    TestDatabase database

    Map<String, Long> returnIds

    def setup() {
        database.removeReturnsAndCycles()
        returnIds = [(CaseLineRows.returnKey(0, "BRA")): database.insertDraftReturn(database.insertCycle("2030", 2030), "BRA")]
    }

    def cleanup() {
        database.removeReturnsAndCycles()
    }

    def "lines across several chunks are all written"() {
        when:
        load((1..CaseLineRows.CHUNK_LINES * 2 + 17).collect { line() })

        then:
        lineCount() == CaseLineRows.CHUNK_LINES * 2 + 17
    }

    def "one refused line in the last chunk leaves the database without any of the lines"() {
        given: "a valid chunk, then a line with a refusal ground on an executed request"
        def lines = (1..CaseLineRows.CHUNK_LINES).collect { line() } + [line(refusalGround: "BANK_SECRECY")]

        when:
        load(lines)

        then:
        def refused = thrown(Exception)
        ConstraintMessages.explain(refused).get() ==
                "Give a refusal ground when the outcome is \"Refused\", and leave it empty for any other outcome."
        lineCount() == 0
    }

    def "an unknown code is refused the same way"() {
        when:
        load([line(), line(outcome: "LOST")])

        then:
        def refused = thrown(Exception)
        ConstraintMessages.explain(refused).get() == "The outcome is not one of the allowed codes."
        lineCount() == 0
    }

    def "a failure while generating stops the load and writes nothing"() {
        when:
        database.inTransaction { DSLContext db ->
            db.connection { connection ->
                CaseLineBulkLoad.run(connection, returnIds, { sink ->
                    (1..CaseLineRows.CHUNK_LINES + 5).each { sink.accept(line()) }
                    throw new IllegalStateException("the generator broke")
                })
            }
        }

        then:
        def failure = thrown(IllegalStateException)
        failure.message == "the generator broke"
        lineCount() == 0
    }

    private void load(List<GeneratedLine> lines) {
        database.inTransaction { DSLContext db ->
            db.connection { connection -> CaseLineBulkLoad.run(connection, returnIds, { sink -> lines.each { sink.accept(it) } }) }
        }
    }

    private static GeneratedLine line(Map change = [:]) {
        Map values = [cycleIndex          : 0, reporterIso3: "BRA", cooperationType: "MLA", direction: "OUTGOING",
                      counterpartIso3     : "ARG", legalBasisCategory: "UNTOC", legalInstrument: "UNTOC_ART_18",
                      offenceType         : "DRUG_TRAFFICKING", electronicEvidence: "NO", channel: "CENTRAL_AUTHORITY",
                      informalConsultation: "YES", outcome: "EXECUTED", refusalGround: null, caseCount: 2,
                      requestedOn         : LocalDate.of(2030, 2, 1), completedOn: LocalDate.of(2030, 4, 1)] + change
        new GeneratedLine(values.cycleIndex as int, values.reporterIso3, values.cooperationType, values.direction,
                values.counterpartIso3, values.legalBasisCategory, values.legalInstrument, values.offenceType,
                values.electronicEvidence, values.channel, values.informalConsultation, values.outcome,
                values.refusalGround, values.caseCount as int, values.requestedOn as LocalDate, values.completedOn as LocalDate)
    }

    private int lineCount() {
        database.inTransaction { DSLContext db -> db.fetchCount(CASE_LINE) }
    }
}
