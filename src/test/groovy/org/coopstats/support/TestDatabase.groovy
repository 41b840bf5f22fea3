package org.coopstats.support

import io.micronaut.transaction.TransactionOperations
import jakarta.inject.Singleton
import org.jooq.DSLContext

import java.sql.Connection

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN

/** Direct access to the test run's MariaDB for arranging and checking rows. */
@Singleton
class TestDatabase {

    final DSLContext db
    private final TransactionOperations<Connection> transactions

    TestDatabase(DSLContext db, TransactionOperations<Connection> transactions) {
        this.db = db
        this.transactions = transactions
    }

    /** Runs the closure in a transaction with the jOOQ context, returning its result. */
    def <T> T inTransaction(Closure<T> work) {
        transactions.executeWrite { status -> work.call(db) }
    }

    void removeReturnsAndCycles() {
        inTransaction { DSLContext db ->
            db.deleteFrom(CASE_LINE).execute()
            db.deleteFrom(STATE_RETURN).execute()
            db.deleteFrom(REPORTING_CYCLE).execute()
        }
    }
}
