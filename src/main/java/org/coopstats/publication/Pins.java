package org.coopstats.publication;

import org.coopstats.db.tables.StateReturn;
import org.jooq.DSLContext;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.EDITION_RETURN;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;

/** Which return version each State has counted, now or in an edition, and how many cases those versions hold. */
final class Pins {

    /** A State's counted return version and whether it consented to be named. */
    record Pin(long returnId, boolean named) {
    }

    private Pins() {
    }

    /**
     * Each State's latest ACCEPTED version in the cycle, whatever came after it: a newer draft,
     * submitted or returned version is never counted, and the accepted one stays counted meanwhile.
     */
    static Map<String, Pin> accepted(DSLContext db, long cycleId) {
        StateReturn later = STATE_RETURN.as("later");
        return db.select(STATE_RETURN.STATE_ISO3, STATE_RETURN.ID, STATE_RETURN.PUBLICATION_CONSENT)
                .from(STATE_RETURN)
                .where(STATE_RETURN.CYCLE_ID.eq(cycleId))
                .and(STATE_RETURN.STATUS.eq("ACCEPTED"))
                .andNotExists(selectOne().from(later)
                        .where(later.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                        .and(later.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3))
                        .and(later.STATUS.eq("ACCEPTED"))
                        .and(later.VERSION.gt(STATE_RETURN.VERSION)))
                .fetchMap(STATE_RETURN.STATE_ISO3, row -> new Pin(row.get(STATE_RETURN.ID), "NAMED".equals(row.get(STATE_RETURN.PUBLICATION_CONSENT))));
    }

    static Map<String, Pin> ofEdition(DSLContext db, long editionId) {
        return db.select(EDITION_RETURN.STATE_ISO3, EDITION_RETURN.RETURN_ID, EDITION_RETURN.NAMED)
                .from(EDITION_RETURN)
                .where(EDITION_RETURN.EDITION_ID.eq(editionId))
                .fetchMap(EDITION_RETURN.STATE_ISO3, row -> new Pin(row.get(EDITION_RETURN.RETURN_ID), row.get(EDITION_RETURN.NAMED)));
    }

    /** The cases (sum of case_count) on the lines of these return versions. */
    static long cases(DSLContext db, Collection<Pin> pins) {
        if (pins.isEmpty()) {
            return 0;
        }
        return db.select(coalesce(sum(CASE_LINE.CASE_COUNT), inline(BigDecimal.ZERO)))
                .from(CASE_LINE)
                .where(CASE_LINE.RETURN_ID.in(pins.stream().map(Pin::returnId).toList()))
                .fetchOne().value1().longValueExact();
    }
}
