package org.coopstats.analytics;

import org.coopstats.db.tables.OffenceType;
import org.coopstats.db.tables.ReportingCycle;
import org.coopstats.db.tables.State;
import org.jooq.Field;

import java.util.Arrays;
import java.util.Optional;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.STATE_RETURN;

/** What a figure can be broken down by: each dimension is a code column of the joined case lines. */
public enum Dimension {
    CYCLE("cycle"),
    REGION("region"),
    SUBREGION("subregion"),
    REPORTING_STATE("reporting_state"),
    COUNTERPART_STATE("counterpart_state"),
    COUNTERPART_REGION("counterpart_region"),
    COOPERATION_TYPE("cooperation_type"),
    DIRECTION("direction"),
    LEGAL_BASIS("legal_basis"),
    INSTRUMENT("instrument"),
    OFFENCE("offence"),
    ICCS_SECTION("iccs_section"),
    OUTCOME("outcome"),
    REFUSAL_GROUND("refusal_ground"),
    CHANNEL("channel"),
    ELECTRONIC_EVIDENCE("electronic_evidence"),
    INFORMAL_CONSULTATION("informal_consultation");

    static final ReportingCycle CYCLES = org.coopstats.db.Tables.REPORTING_CYCLE.as("c");
    static final State REPORTER = org.coopstats.db.Tables.STATE.as("reporter");
    static final State COUNTERPART = org.coopstats.db.Tables.STATE.as("counterpart");
    static final OffenceType OFFENCES = org.coopstats.db.Tables.OFFENCE_TYPE.as("o");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Dimension> of(String code) {
        return Arrays.stream(values()).filter(dimension -> dimension.code.equals(code)).findFirst();
    }

    /** The column holding this dimension's code; null codes (no counterpart, no ground) form their own group. */
    Field<String> field() {
        return switch (this) {
            case CYCLE -> CYCLES.CODE;
            case REGION -> REPORTER.REGION_CODE;
            case SUBREGION -> REPORTER.SUBREGION_CODE;
            case REPORTING_STATE -> STATE_RETURN.STATE_ISO3;
            case COUNTERPART_STATE -> CASE_LINE.COUNTERPART_ISO3;
            case COUNTERPART_REGION -> COUNTERPART.REGION_CODE;
            case COOPERATION_TYPE -> CASE_LINE.COOPERATION_TYPE;
            case DIRECTION -> CASE_LINE.DIRECTION;
            case LEGAL_BASIS -> CASE_LINE.LEGAL_BASIS_CATEGORY;
            case INSTRUMENT -> CASE_LINE.LEGAL_INSTRUMENT;
            case OFFENCE -> CASE_LINE.OFFENCE_TYPE;
            case ICCS_SECTION -> OFFENCES.ICCS_SECTION;
            case OUTCOME -> CASE_LINE.OUTCOME;
            case REFUSAL_GROUND -> CASE_LINE.REFUSAL_GROUND;
            case CHANNEL -> CASE_LINE.CHANNEL;
            case ELECTRONIC_EVIDENCE -> CASE_LINE.ELECTRONIC_EVIDENCE;
            case INFORMAL_CONSULTATION -> CASE_LINE.INFORMAL_CONSULTATION;
        };
    }
}
