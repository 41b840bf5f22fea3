package org.coopstats.support

import jakarta.inject.Singleton
import org.coopstats.demo.DemoAccounts
import org.coopstats.demo.DemoDataService
import org.coopstats.demo.DemoPublication
import org.coopstats.demo.DemoStatuses

/**
 * A fresh demo data set with the demo's statuses (some returns accepted, one of each other
 * status), plus an analyst and a Kenyan officer to call the API as: the starting state of the
 * specs that read the Secretariat's figures.
 */
@Singleton
class DemoForAnalysts {

    static final String ANALYST = "analyst@unodc.example"
    static final String OFFICER = "officer@justice.example"
    static final String PASSWORD = "demo passphrase"

    private final TestDatabase database
    private final DemoDataService demo
    private final DemoStatuses statuses
    private final DemoAccounts accounts
    private final DemoPublication publication

    DemoForAnalysts(TestDatabase database, DemoDataService demo, DemoStatuses statuses, DemoAccounts accounts,
                    DemoPublication publication) {
        this.database = database
        this.demo = demo
        this.statuses = statuses
        this.accounts = accounts
        this.publication = publication
    }

    /** A fresh demo data set with the demo's statuses, and no account at all. */
    void loadData(long seed, int lines) {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        demo.load(seed, lines)
        statuses.apply(accounts.latestCycleReporters())
    }

    /** Loads the data and the two accounts; gives the analyst's and the officer's bearer tokens. */
    Map<String, String> load(long seed, int lines, ApiClient api) {
        loadData(seed, lines)
        database.account(ANALYST, PASSWORD, "ANALYST")
        database.account(OFFICER, PASSWORD, "OFFICER", "KEN")
        [analyst: api.tokenFor(ANALYST, PASSWORD), officer: api.tokenFor(OFFICER, PASSWORD)]
    }

    /**
     * The same, then the demo's editions as the first start publishes them: 2023/1, 2023/2 (after
     * three amendments) and 2024/1.
     */
    Map<String, String> loadPublished(long seed, int lines, ApiClient api) {
        Map<String, String> tokens = load(seed, lines, api)
        publication.publish(seed)
        tokens
    }
}
