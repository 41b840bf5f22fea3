package org.coopstats.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.accounts.Account;
import org.coopstats.accounts.AccountRepository;
import org.coopstats.db.tables.records.StateReturnRecord;
import org.coopstats.publication.Edition;
import org.coopstats.publication.Publisher;
import org.coopstats.returns.ReturnLines;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;

/**
 * Publishes the demo so the public pages are filled on the first start: the earlier cycle
 * twice (edition 1, then a few accepted returns amended with corrected case counts, then
 * edition 2, whose change note says so) and the latest cycle once. Run it after the demo's
 * statuses, so the latest cycle's edition leaves out its submitted, returned and draft returns.
 */
@Singleton
public class DemoPublication {

    static final int AMENDED_RETURNS = 3;
    static final String SECOND_EDITION_NOTE = "Three States corrected case counts in their returns after the first edition.";

    private final DSLContext db;
    private final Publisher publisher;
    private final AccountRepository accounts;

    DemoPublication(DSLContext db, Publisher publisher, AccountRepository accounts) {
        this.db = db;
        this.publisher = publisher;
        this.accounts = accounts;
    }

    /** The editions made, in the order published; none when the demo's two cycles are not there. */
    @Transactional
    public List<Edition> publish(long seed) {
        List<Record2<Long, String>> cycles = db.select(REPORTING_CYCLE.ID, REPORTING_CYCLE.CODE).from(REPORTING_CYCLE)
                .orderBy(REPORTING_CYCLE.PERIOD_START).fetch();
        if (cycles.size() < 2) {
            return List.of();
        }
        Long analyst = accounts.findByEmail(DemoAccounts.ANALYST).map(Account::id).orElse(null);
        String earlier = cycles.get(0).value2();
        String latest = cycles.get(cycles.size() - 1).value2();
        LocalDateTime firstAt = publishedAt(cycles.get(0).value1(), 64);
        List<Edition> made = new ArrayList<>();
        made.add(publisher.publish(earlier, analyst, null, firstAt));
        amend(cycles.get(0).value1(), new Random(seed), firstAt.plusDays(30));
        made.add(publisher.publish(earlier, analyst, SECOND_EDITION_NOTE, cap(firstAt.plusDays(120))));
        made.add(publisher.publish(latest, analyst, null, publishedAt(cycles.get(cycles.size() - 1).value1(), 63)));
        return made;
    }

    /** Some weeks after the cycle's deadline, and never later than now. */
    private LocalDateTime publishedAt(long cycleId, int daysAfterDeadline) {
        LocalDate deadline = db.select(REPORTING_CYCLE.DEADLINE).from(REPORTING_CYCLE)
                .where(REPORTING_CYCLE.ID.eq(cycleId)).fetchOne(REPORTING_CYCLE.DEADLINE);
        return cap(deadline.plusDays(daysAfterDeadline).atTime(10, 0));
    }

    private static LocalDateTime cap(LocalDateTime at) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        return at.isAfter(now) ? now : at;
    }

    /** A few States' accepted returns get an accepted version 2 with some case counts raised. */
    private void amend(long cycleId, Random random, LocalDateTime submittedAt) {
        List<StateReturnRecord> accepted = new ArrayList<>(db.selectFrom(STATE_RETURN)
                .where(STATE_RETURN.CYCLE_ID.eq(cycleId)).and(STATE_RETURN.STATUS.eq("ACCEPTED"))
                .and(STATE_RETURN.VERSION.eq(1))
                .orderBy(STATE_RETURN.STATE_ISO3)
                .fetch());
        Collections.shuffle(accepted, random);
        for (StateReturnRecord first : accepted.subList(0, Math.min(AMENDED_RETURNS, accepted.size()))) {
            Long second = db.insertInto(STATE_RETURN)
                    .set(STATE_RETURN.CYCLE_ID, cycleId)
                    .set(STATE_RETURN.STATE_ISO3, first.getStateIso3())
                    .set(STATE_RETURN.VERSION, 2)
                    .set(STATE_RETURN.STATUS, "ACCEPTED")
                    .set(STATE_RETURN.SUBMITTED_AT, cap(submittedAt))
                    .set(STATE_RETURN.LATE, true)
                    .set(STATE_RETURN.PUBLICATION_CONSENT, first.getPublicationConsent())
                    .returningResult(STATE_RETURN.ID)
                    .fetchOne(STATE_RETURN.ID);
            ReturnLines.copy(db, first.getId(), second);
            List<Long> lines = db.select(CASE_LINE.ID).from(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(second))
                    .orderBy(CASE_LINE.ID).limit(4).fetch(CASE_LINE.ID);
            for (Long line : lines) {
                db.update(CASE_LINE).set(CASE_LINE.CASE_COUNT, CASE_LINE.CASE_COUNT.plus(1 + random.nextInt(5)))
                        .where(CASE_LINE.ID.eq(line)).execute();
            }
        }
    }
}
