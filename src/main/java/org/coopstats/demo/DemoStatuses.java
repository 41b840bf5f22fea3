package org.coopstats.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.returns.ReturnLines;
import org.jooq.DSLContext;

import java.util.List;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.max;

/**
 * Gives the demo a return in every status, so each screen has something to show: in the
 * latest cycle the demo officers' States hold one submitted return (waiting for review), one
 * returned with a comment and one draft; the next State has an amended return (version 2).
 */
@Singleton
public class DemoStatuses {

    static final String RETURN_COMMENT = "Lines 3 and 4 give bank secrecy as the refusal ground for requests under "
            + "article 18: please check them, and say whether the requests were refused on another ground.";

    private final DSLContext db;

    DemoStatuses(DSLContext db) {
        this.db = db;
    }

    /** statesInOrder: the latest cycle's reporting States, the demo officers' first. */
    @Transactional
    public void apply(List<String> statesInOrder) {
        if (statesInOrder.size() < 4) {
            return;
        }
        Long cycle = db.select(REPORTING_CYCLE.ID).from(REPORTING_CYCLE)
                .where(REPORTING_CYCLE.PERIOD_START.eq(db.select(max(REPORTING_CYCLE.PERIOD_START)).from(REPORTING_CYCLE)))
                .fetchOne(REPORTING_CYCLE.ID);
        setStatus(cycle, statesInOrder.get(0), "SUBMITTED", null);
        setStatus(cycle, statesInOrder.get(1), "RETURNED", RETURN_COMMENT);
        db.update(STATE_RETURN)
                .set(STATE_RETURN.STATUS, "DRAFT")
                .set(STATE_RETURN.SUBMITTED_AT, (java.time.LocalDateTime) null)
                .set(STATE_RETURN.LATE, false)
                .where(STATE_RETURN.CYCLE_ID.eq(cycle)).and(STATE_RETURN.STATE_ISO3.eq(statesInOrder.get(2)))
                .execute();
        amend(cycle, statesInOrder.get(3));
    }

    private void setStatus(Long cycle, String iso3, String status, String comment) {
        db.update(STATE_RETURN)
                .set(STATE_RETURN.STATUS, status)
                .set(STATE_RETURN.COMMENT, comment)
                .where(STATE_RETURN.CYCLE_ID.eq(cycle)).and(STATE_RETURN.STATE_ISO3.eq(iso3))
                .execute();
    }

    /** Version 2 of the return: the same lines, a month later, with the first line's count corrected. */
    private void amend(Long cycle, String iso3) {
        var first = db.selectFrom(STATE_RETURN)
                .where(STATE_RETURN.CYCLE_ID.eq(cycle)).and(STATE_RETURN.STATE_ISO3.eq(iso3)).and(STATE_RETURN.VERSION.eq(1))
                .fetchOne();
        Long second = db.insertInto(STATE_RETURN)
                .set(STATE_RETURN.CYCLE_ID, cycle)
                .set(STATE_RETURN.STATE_ISO3, iso3)
                .set(STATE_RETURN.VERSION, 2)
                .set(STATE_RETURN.STATUS, "ACCEPTED")
                .set(STATE_RETURN.SUBMITTED_AT, first.getSubmittedAt().plusDays(30))
                .set(STATE_RETURN.LATE, true)
                .set(STATE_RETURN.PUBLICATION_CONSENT, first.getPublicationConsent())
                .returningResult(STATE_RETURN.ID)
                .fetchOne(STATE_RETURN.ID);
        ReturnLines.copy(db, first.getId(), second);
        Long firstLine = db.select(org.jooq.impl.DSL.min(CASE_LINE.ID)).from(CASE_LINE)
                .where(CASE_LINE.RETURN_ID.eq(second)).fetchOne(0, Long.class);
        if (firstLine != null) {
            db.update(CASE_LINE).set(CASE_LINE.CASE_COUNT, CASE_LINE.CASE_COUNT.plus(1))
                    .where(CASE_LINE.ID.eq(firstLine)).execute();
        }
    }
}
