package org.coopstats.published

import jakarta.inject.Singleton
import org.coopstats.demo.DemoAccounts
import org.coopstats.demo.DemoDataService
import org.coopstats.demo.DemoStatuses
import org.coopstats.publication.Edition
import org.coopstats.publication.Publisher
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext

import static org.coopstats.db.Tables.EDITION_RETURN
import static org.coopstats.db.Tables.REPORTING_CYCLE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * The starting state of the public-page specs: the demo with a return in every status, some
 * States consenting to be named, and both demo cycles published (2023, then 2024). The public
 * pages forget what they had made for earlier data and see the new editions at once.
 */
@Singleton
class PublishedDemo {

    final TestDatabase database
    private final DemoDataService demo
    private final DemoStatuses statuses
    private final DemoAccounts accounts
    private final Publisher publisher
    private final PublishedIndex index
    private final PublicPages pages

    PublishedDemo(TestDatabase database, DemoDataService demo, DemoStatuses statuses, DemoAccounts accounts,
                  Publisher publisher, PublishedIndex index, PublicPages pages) {
        this.database = database
        this.demo = demo
        this.statuses = statuses
        this.accounts = accounts
        this.publisher = publisher
        this.index = index
        this.pages = pages
    }

    /** Loads the demo, lets every third State reporting in 2024 be named, and publishes both cycles. */
    Map<String, Edition> load(long seed = 2015, int lines = 3_000) {
        database.removeReturnsAndCycles()
        demo.load(seed, lines)
        statuses.apply(accounts.latestCycleReporters())
        List<String> reporters = read { DSLContext db -> db.selectDistinct(STATE_RETURN.STATE_ISO3).from(STATE_RETURN)
                .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                .where(REPORTING_CYCLE.CODE.eq("2024")).orderBy(STATE_RETURN.STATE_ISO3).fetch(STATE_RETURN.STATE_ISO3) }
        List<String> named = reporters.indexed().findAll { i, iso3 -> i % 3 == 0 }.values() as List<String>
        database.inTransaction { DSLContext db ->
            db.update(STATE_RETURN).set(STATE_RETURN.PUBLICATION_CONSENT, "NAMED").where(STATE_RETURN.STATE_ISO3.in(named)).execute()
        }
        def editions = [first2023: publisher.publish("2023", null, null), first2024: publisher.publish("2024", null, null)]
        fresh()
        editions
    }

    /**
     * The cycle's returns waiting for review are accepted, then the cycle published again: an
     * edition that would count the same versions as the previous one is refused.
     */
    Edition publishAgain(String cycle, String note) {
        database.inTransaction { DSLContext db ->
            db.update(STATE_RETURN).set(STATE_RETURN.STATUS, "ACCEPTED")
                    .where(STATE_RETURN.STATUS.eq("SUBMITTED"))
                    .and(STATE_RETURN.CYCLE_ID.eq(db.select(REPORTING_CYCLE.ID).from(REPORTING_CYCLE).where(REPORTING_CYCLE.CODE.eq(cycle))))
                    .execute()
        }
        def edition = publisher.publish(cycle, null, note)
        fresh()
        edition
    }

    /** The public pages start from nothing: the editions as they are now, no page kept. */
    void fresh() {
        index.refresh()
        pages.clear()
    }

    /** ISO3 -> consent of every State the edition counts. */
    Map<String, Boolean> consents(Edition edition) {
        read { DSLContext db ->
            db.select(EDITION_RETURN.STATE_ISO3, EDITION_RETURN.NAMED).from(EDITION_RETURN)
                    .where(EDITION_RETURN.EDITION_ID.eq(edition.id())).fetchMap(EDITION_RETURN.STATE_ISO3, EDITION_RETURN.NAMED)
        }
    }

    /** Runs the closure with the database in a transaction: jOOQ needs one for every statement. */
    def <T> T read(Closure<T> work) {
        database.inTransaction(work)
    }
}
