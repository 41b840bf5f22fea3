package org.coopstats.system

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import java.sql.Connection

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.LEGAL_INSTRUMENT

/**
 * Case lines hold their codes to CHECK lists (doc/adr/0004); these must say exactly what the
 * taxonomy tables say, or a code would be listed in /api/taxonomies yet refused on a line.
 */
@MicronautTest(transactional = false)
class CaseLineCodesSpec extends Specification {

    @Inject
    TestDatabase database

    @Inject
    TransactionOperations<Connection> transactions

    def "the CHECK list of case_line.#column holds exactly the codes of #taxonomy"() {
        expect:
        literalsOf(constraint) == codesOf(taxonomy)

        where:
        column                  | constraint                           | taxonomy
        "cooperation_type"      | "ck_case_line_cooperation_type"      | "cooperation_type"
        "direction"             | "ck_case_line_direction"             | "direction"
        "legal_basis_category"  | "ck_case_line_legal_basis"           | "legal_basis_category"
        "offence_type"          | "ck_case_line_offence"               | "offence_type"
        "electronic_evidence"   | "ck_case_line_electronic_evidence"   | "yes_no_unknown"
        "informal_consultation" | "ck_case_line_informal_consultation" | "yes_no_unknown"
        "channel"               | "ck_case_line_channel"               | "channel"
        "outcome"               | "ck_case_line_outcome"               | "outcome"
        "refusal_ground"        | "ck_case_line_refusal_ground"        | "refusal_ground"
    }

    def "every named instrument is accepted with its own category and no other"() {
        given:
        def instruments = database.inTransaction { DSLContext db ->
            db.select(LEGAL_INSTRUMENT.CODE, LEGAL_INSTRUMENT.CATEGORY_CODE).from(LEGAL_INSTRUMENT).fetchMap(LEGAL_INSTRUMENT.CODE, LEGAL_INSTRUMENT.CATEGORY_CODE)
        }
        def categories = codesOf("legal_basis_category")

        expect:
        instruments.every { instrument, category ->
            categories.every { other -> accepts(legal_basis_category: other, legal_instrument: instrument) == (other == category) }
        }
        literalsOf("ck_case_line_instrument") - categories == instruments.keySet()
    }

    private boolean accepts(Map values) {
        try {
            transactions.executeWrite { status ->
                Long returnId = database.insertDraftReturn(database.insertCycle("CODES", 2030), "KEN")
                Map line = [return_id: returnId, cooperation_type: "MLA", direction: "INCOMING",
                            legal_basis_category: "RECIPROCITY", offence_type: "CORRUPTION", electronic_evidence: "NO",
                            channel: "DIPLOMATIC", informal_consultation: "NO", outcome: "PENDING", case_count: 1] + values
                database.db.insertInto(CASE_LINE).set(line.collectEntries { k, v -> [CASE_LINE.field(k as String), v] }).execute()
                status.setRollbackOnly()
            }
            true
        } catch (org.jooq.exception.DataAccessException refused) {
            false
        }
    }

    private Set<String> literalsOf(String constraint) {
        database.inTransaction { DSLContext db ->
            String clause = db.fetchValue("SELECT check_clause FROM information_schema.check_constraints "
                    + "WHERE constraint_schema = DATABASE() AND constraint_name = ?", constraint)
            (clause =~ /'([A-Z0-9_]+)'/).collect { it[1] }.toSet()
        }
    }

    private Set<String> codesOf(String taxonomy) {
        database.inTransaction { DSLContext db -> db.fetchValues("SELECT code FROM " + taxonomy).toSet() }
    }
}
