package org.coopstats.support

import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Singleton
import org.jooq.DSLContext

import java.sql.Connection
import java.time.LocalDate

import static org.coopstats.db.Tables.APP_USER
import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.EDITION
import static org.coopstats.db.Tables.EDITION_RETURN
import static org.coopstats.db.Tables.USER_SESSION
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN

/** Direct access to the test run's MariaDB for arranging and checking rows. */
@Singleton
class TestDatabase {

    final DSLContext db
    private final TransactionOperations<Connection> transactions

    private final io.micronaut.context.ApplicationContext context

    TestDatabase(DSLContext db, TransactionOperations<Connection> transactions, io.micronaut.context.ApplicationContext context) {
        this.db = db
        this.transactions = transactions
        this.context = context
    }

    /** Runs the closure in a transaction with the jOOQ context, returning its result. */
    def <T> T inTransaction(Closure<T> work) {
        transactions.executeWrite { status -> work.call(db) }
    }

    /** A calendar-year cycle that opens on 15 January of the next year with a 31 March deadline. */
    Long insertCycle(String code, int year) {
        inTransaction { DSLContext db ->
            db.insertInto(REPORTING_CYCLE)
                    .set(REPORTING_CYCLE.CODE, code)
                    .set(REPORTING_CYCLE.PERIOD_START, LocalDate.of(year, 1, 1))
                    .set(REPORTING_CYCLE.PERIOD_END, LocalDate.of(year, 12, 31))
                    .set(REPORTING_CYCLE.OPENS_ON, LocalDate.of(year + 1, 1, 15))
                    .set(REPORTING_CYCLE.DEADLINE, LocalDate.of(year + 1, 3, 31))
                    .returningResult(REPORTING_CYCLE.ID)
                    .fetchOne(REPORTING_CYCLE.ID)
        }
    }

    /**
     * A pending MLA case line of the return (outgoing, under the Convention, drug trafficking);
     * type, direction, counterpart and basis may be given instead.
     */
    static void insertLine(DSLContext db, Long returnId, int count, Map<String, String> codes = [:]) {
        db.insertInto(CASE_LINE)
                .set(CASE_LINE.RETURN_ID, returnId)
                .set(CASE_LINE.COOPERATION_TYPE, codes.type ?: "MLA")
                .set(CASE_LINE.DIRECTION, codes.direction ?: "OUTGOING")
                .set(CASE_LINE.COUNTERPART_ISO3, codes.counterpart as String)
                .set(CASE_LINE.LEGAL_BASIS_CATEGORY, codes.basis ?: "UNTOC")
                .set(CASE_LINE.OFFENCE_TYPE, "DRUG_TRAFFICKING")
                .set(CASE_LINE.ELECTRONIC_EVIDENCE, "NO")
                .set(CASE_LINE.CHANNEL, "CENTRAL_AUTHORITY")
                .set(CASE_LINE.INFORMAL_CONSULTATION, "UNKNOWN")
                .set(CASE_LINE.OUTCOME, "PENDING")
                .set(CASE_LINE.CASE_COUNT, count)
                .execute()
    }

    /** A cycle covering last year that opened 10 days ago, its deadline in 30 days. */
    Long insertOpenCycle(String code) {
        insertCycle(code, LocalDate.now().minusDays(10), LocalDate.now().plusDays(30))
    }

    /** A cycle covering last year, open from opensOn to deadline. */
    Long insertCycle(String code, LocalDate opensOn, LocalDate deadline) {
        inTransaction { DSLContext db ->
            db.insertInto(REPORTING_CYCLE)
                    .set(REPORTING_CYCLE.CODE, code)
                    .set(REPORTING_CYCLE.PERIOD_START, opensOn.minusYears(1).withDayOfYear(1))
                    .set(REPORTING_CYCLE.PERIOD_END, opensOn.minusYears(1).withMonth(12).withDayOfMonth(31))
                    .set(REPORTING_CYCLE.OPENS_ON, opensOn)
                    .set(REPORTING_CYCLE.DEADLINE, deadline)
                    .returningResult(REPORTING_CYCLE.ID)
                    .fetchOne(REPORTING_CYCLE.ID)
        }
    }

    Long insertSubmittedReturn(Long cycleId, String iso3) {
        inTransaction { DSLContext db ->
            db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycleId)
                    .set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, 1)
                    .set(STATE_RETURN.STATUS, "SUBMITTED")
                    .set(STATE_RETURN.SUBMITTED_AT, java.time.LocalDateTime.of(2031, 2, 1, 10, 0))
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID)
        }
    }

    Long insertDraftReturn(Long cycleId, String iso3) {
        inTransaction { DSLContext db ->
            db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycleId)
                    .set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, 1)
                    .set(STATE_RETURN.STATUS, "DRAFT")
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID)
        }
    }

    /** An account with the given password, saved; the hash uses the service's own hasher. */
    def account(String email, String password, String role, String state = null,
                String name = email.takeWhile { it != '@' }) {
        def accounts = context.getBean(org.coopstats.accounts.AccountRepository)
        def hasher = context.getBean(org.coopstats.accounts.PasswordHasher)
        accounts.save(org.coopstats.accounts.Account.create(email, name, hasher.hash(password),
                org.coopstats.accounts.Role.valueOf(role), state))
    }

    /** Removes every account and session, and forgets failed sign-ins, as a fresh service would. */
    void removeAccounts() {
        context.getBean(org.coopstats.accounts.SignInThrottle).clear()
        inTransaction { DSLContext db ->
            db.deleteFrom(USER_SESSION).execute()
            db.update(EDITION).setNull(EDITION.PUBLISHED_BY).execute()
            db.deleteFrom(APP_USER).execute()
        }
    }

    void removeReturnsAndCycles() {
        inTransaction { DSLContext db ->
            db.deleteFrom(EDITION_RETURN).execute()
            db.deleteFrom(EDITION).execute()
            db.deleteFrom(CASE_LINE).execute()
            db.deleteFrom(STATE_RETURN).execute()
            db.deleteFrom(REPORTING_CYCLE).execute()
        }
    }
}
