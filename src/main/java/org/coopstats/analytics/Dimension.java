package org.coopstats.analytics;

import org.coopstats.db.tables.OffenceType;
import org.coopstats.db.tables.ReportingCycle;
import org.coopstats.db.tables.State;
import org.coopstats.i18n.TaxonomyLabels;
import org.jooq.Field;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.STATE_RETURN;

/** What a figure can be broken down by: each dimension is a code column of the joined case lines. */
public enum Dimension {
    CYCLE("cycle", "Reporting cycle"),
    REGION("region", "Region"),
    SUBREGION("subregion", "Sub-region"),
    REPORTING_STATE("reporting_state", "Reporting State"),
    COUNTERPART_STATE("counterpart_state", "Counterpart State"),
    COUNTERPART_REGION("counterpart_region", "Counterpart region"),
    COOPERATION_TYPE("cooperation_type", "Type of cooperation"),
    DIRECTION("direction", "Direction"),
    LEGAL_BASIS("legal_basis", "Legal basis"),
    INSTRUMENT("instrument", "Legal instrument"),
    OFFENCE("offence", "Offence"),
    ICCS_SECTION("iccs_section", "Offence (ICCS section)"),
    OUTCOME("outcome", "Outcome"),
    REFUSAL_GROUND("refusal_ground", "Ground for refusal"),
    CHANNEL("channel", "Channel"),
    ELECTRONIC_EVIDENCE("electronic_evidence", "Electronic evidence"),
    INFORMAL_CONSULTATION("informal_consultation", "Informal consultation");

    static final ReportingCycle CYCLES = org.coopstats.db.Tables.REPORTING_CYCLE.as("c");
    static final State REPORTER = org.coopstats.db.Tables.STATE.as("reporter");
    static final State COUNTERPART = org.coopstats.db.Tables.STATE.as("counterpart");
    static final OffenceType OFFENCES = org.coopstats.db.Tables.OFFENCE_TYPE.as("o");

    private final String code;
    private final String label;

    Dimension(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The dimension's name for headings and axis titles. */
    public String label() {
        return label;
    }

    /** The dimension's name in one of the six UN languages (English for any other). */
    public String label(Locale locale) {
        return TaxonomyLabels.bundleText("taxonomy.dimension." + name(), locale).orElse(label);
    }

    public String code() {
        return code;
    }

    public static Optional<Dimension> of(String code) {
        return Arrays.stream(values()).filter(dimension -> dimension.code.equals(code)).findFirst();
    }

    /** The taxonomy of TaxonomyLabels that holds this dimension's codes; null for cycles, which are their own label. */
    String taxonomy() {
        return switch (this) {
            case CYCLE -> null;
            case REGION, SUBREGION, COUNTERPART_REGION -> "region";
            case ICCS_SECTION -> "iccs_section";
            case REPORTING_STATE, COUNTERPART_STATE -> TaxonomyLabels.STATE_TAXONOMY;
            case COOPERATION_TYPE -> "cooperation_type";
            case DIRECTION -> "direction";
            case LEGAL_BASIS -> "legal_basis_category";
            case INSTRUMENT -> "legal_instrument";
            case OFFENCE -> "offence_type";
            case OUTCOME -> "outcome";
            case REFUSAL_GROUND -> "refusal_ground";
            case CHANNEL -> "channel";
            case ELECTRONIC_EVIDENCE, INFORMAL_CONSULTATION -> "yes_no_unknown";
        };
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
