package org.coopstats.returns;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.StateReturn;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

@Singleton
@Transactional(readOnly = true)
public class ReviewQueries {

    private final DSLContext db;

    ReviewQueries(DSLContext db) {
        this.db = db;
    }

    /** Latest versions waiting for the Secretariat, oldest submission first. */
    public List<ReviewItem> awaitingReview() {
        return items(latestVersion().and(STATE_RETURN.STATUS.eq("SUBMITTED")));
    }

    public Optional<ReviewItem> find(long returnId) {
        return items(STATE_RETURN.ID.eq(returnId)).stream().findFirst();
    }

    /** Every version of a State's return in a cycle, the first version first. */
    public List<ReviewItem> versions(String cycleCode, String iso3) {
        return items(REPORTING_CYCLE.CODE.eq(cycleCode).and(STATE_RETURN.STATE_ISO3.eq(iso3))).stream()
                .sorted(java.util.Comparator.comparingInt(ReviewItem::version))
                .toList();
    }

    private List<ReviewItem> items(Condition condition) {
        return db.select(STATE_RETURN.ID, REPORTING_CYCLE.CODE, STATE_RETURN.STATE_ISO3, STATE.NAME_EN,
                        STATE_RETURN.VERSION, STATE_RETURN.STATUS, STATE_RETURN.SUBMITTED_AT, STATE_RETURN.LATE,
                        STATE_RETURN.COMMENT, STATE_RETURN.LOCK_VERSION, count(CASE_LINE.ID),
                        coalesce(sum(CASE_LINE.CASE_COUNT), inline(BigDecimal.ZERO)), STATE_RETURN.PUBLICATION_CONSENT)
                .from(STATE_RETURN)
                .join(REPORTING_CYCLE).on(REPORTING_CYCLE.ID.eq(STATE_RETURN.CYCLE_ID))
                .join(STATE).on(STATE.ISO3.eq(STATE_RETURN.STATE_ISO3))
                .leftJoin(CASE_LINE).on(CASE_LINE.RETURN_ID.eq(STATE_RETURN.ID))
                .where(condition)
                .groupBy(STATE_RETURN.ID)
                .orderBy(STATE_RETURN.SUBMITTED_AT, STATE.NAME_EN)
                .fetch(mapping(ReviewItem::new));
    }

    private static Condition latestVersion() {
        StateReturn other = STATE_RETURN.as("other");
        return STATE_RETURN.VERSION.eq(select(max(other.VERSION))
                .from(other)
                .where(other.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                .and(other.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3)));
    }
}
