package org.coopstats.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.accounts.Account;
import org.coopstats.accounts.AccountRepository;
import org.coopstats.accounts.PasswordHasher;
import org.coopstats.accounts.Role;
import org.jooq.DSLContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;

/**
 * The demo's accounts, all with the password {@value #PASSWORD}: an administrator, an analyst and
 * officers for the first three States (by ISO code) that reported in the latest demo cycle.
 */
@Singleton
public class DemoAccounts {

    public static final String PASSWORD = "coopstats-demo";
    public static final String ANALYST = "analyst@demo.coopstats.org";

    private final DSLContext db;
    private final AccountRepository accounts;
    private final PasswordHasher passwords;

    DemoAccounts(DSLContext db, AccountRepository accounts, PasswordHasher passwords) {
        this.db = db;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Transactional
    public List<String> create() {
        String hash = passwords.hash(PASSWORD);
        List<Account> demo = new ArrayList<>();
        demo.add(Account.create("admin@demo.coopstats.org", "Demo administrator", hash, Role.ADMIN, null));
        demo.add(Account.create(ANALYST, "Demo analyst", hash, Role.ANALYST, null));
        for (String iso3 : firstReportingStates(3)) {
            demo.add(Account.create("officer." + iso3.toLowerCase(Locale.ROOT) + "@demo.coopstats.org",
                    "Demo officer (" + iso3 + ")", hash, Role.OFFICER, iso3));
        }
        List<String> emails = new ArrayList<>();
        for (Account account : demo) {
            if (accounts.findByEmail(account.email()).isEmpty()) {
                accounts.save(account);
                emails.add(account.email());
            }
        }
        return emails;
    }

    /** The latest cycle's reporting States by ISO code; the first three get demo officers. */
    @Transactional(readOnly = true)
    public List<String> latestCycleReporters() {
        return firstReportingStates(Integer.MAX_VALUE);
    }

    private List<String> firstReportingStates(int count) {
        return db.selectDistinct(STATE_RETURN.STATE_ISO3)
                .from(STATE_RETURN)
                .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                .where(REPORTING_CYCLE.PERIOD_START.eq(db.select(org.jooq.impl.DSL.max(REPORTING_CYCLE.PERIOD_START)).from(REPORTING_CYCLE)))
                .orderBy(STATE_RETURN.STATE_ISO3)
                .limit(count)
                .fetch(STATE_RETURN.STATE_ISO3);
    }
}
