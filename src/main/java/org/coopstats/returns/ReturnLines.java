package org.coopstats.returns;

import org.jooq.DSLContext;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.jooq.impl.DSL.inline;

/** Case lines carried from one version of a return to the next. */
public final class ReturnLines {

    private ReturnLines() {
    }

    /** Copies every line of one return version into another, in the same order; the count copied. */
    public static int copy(DSLContext db, long fromReturnId, long toReturnId) {
        return db.insertInto(CASE_LINE, CASE_LINE.RETURN_ID, CASE_LINE.COOPERATION_TYPE, CASE_LINE.DIRECTION,
                        CASE_LINE.COUNTERPART_ISO3, CASE_LINE.LEGAL_BASIS_CATEGORY, CASE_LINE.LEGAL_INSTRUMENT,
                        CASE_LINE.OFFENCE_TYPE, CASE_LINE.ELECTRONIC_EVIDENCE, CASE_LINE.CHANNEL,
                        CASE_LINE.INFORMAL_CONSULTATION, CASE_LINE.OUTCOME, CASE_LINE.REFUSAL_GROUND,
                        CASE_LINE.CASE_COUNT, CASE_LINE.REQUESTED_ON, CASE_LINE.COMPLETED_ON, CASE_LINE.NOTE)
                .select(db.select(inline(toReturnId), CASE_LINE.COOPERATION_TYPE, CASE_LINE.DIRECTION,
                                CASE_LINE.COUNTERPART_ISO3, CASE_LINE.LEGAL_BASIS_CATEGORY, CASE_LINE.LEGAL_INSTRUMENT,
                                CASE_LINE.OFFENCE_TYPE, CASE_LINE.ELECTRONIC_EVIDENCE, CASE_LINE.CHANNEL,
                                CASE_LINE.INFORMAL_CONSULTATION, CASE_LINE.OUTCOME, CASE_LINE.REFUSAL_GROUND,
                                CASE_LINE.CASE_COUNT, CASE_LINE.REQUESTED_ON, CASE_LINE.COMPLETED_ON, CASE_LINE.NOTE)
                        .from(CASE_LINE)
                        .where(CASE_LINE.RETURN_ID.eq(fromReturnId))
                        .orderBy(CASE_LINE.ID))
                .execute();
    }
}
