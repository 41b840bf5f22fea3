package org.coopstats.analytics;

import org.coopstats.i18n.TaxonomyLabels;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a figure counts. Shares and rates are fractions from 0 to 1, null where nothing is counted. */
public enum Measure {
    CASES("cases", "Cases"),
    LINES("lines", "Case lines"),
    STATES("states", "Reporting States"),
    CONVENTION_SHARE("convention_share", "Share of cases with the Convention as legal basis"),
    REFUSAL_RATE("refusal_rate", "Refusal rate"),
    FORBIDDEN_REFUSALS("forbidden_refusals", "Cases refused on grounds the Convention does not permit"),
    ELECTRONIC_EVIDENCE_SHARE("electronic_evidence_share", "Share of cases involving electronic evidence"),
    MEDIAN_DAYS("median_days", "Median days from request to completion"),
    P90_DAYS("p90_days", "90th percentile of days from request to completion");

    private final String code;
    private final String label;

    Measure(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The measure's name for headings and axis titles. */
    public String label() {
        return label;
    }

    /** The measure's name in one of the six UN languages (English for any other). */
    public String label(Locale locale) {
        return TaxonomyLabels.bundleText("taxonomy.measure." + name(), locale).orElse(label);
    }

    /** Shares and rates: fractions from 0 to 1, shown as percentages. */
    public boolean fraction() {
        return this == CONVENTION_SHARE || this == REFUSAL_RATE || this == ELECTRONIC_EVIDENCE_SHARE;
    }

    public String code() {
        return code;
    }

    public static Optional<Measure> of(String code) {
        return Arrays.stream(values()).filter(measure -> measure.code.equals(code)).findFirst();
    }

    /** For the days measures: which percentile of the lines' days from request to completion; else empty. */
    java.util.OptionalDouble percentile() {
        return this == MEDIAN_DAYS ? java.util.OptionalDouble.of(0.5)
                : this == P90_DAYS ? java.util.OptionalDouble.of(0.9) : java.util.OptionalDouble.empty();
    }

    /** Sums of cells are the true totals only for these (and only these can be stacked in a chart). */
    public boolean additive() {
        return this == CASES || this == LINES || this == FORBIDDEN_REFUSALS;
    }

    /** Shares, rates and percentiles stay empty where nothing is counted; counts are 0. */
    boolean emptyWhenNothing() {
        return this != CASES && this != LINES && this != STATES && this != FORBIDDEN_REFUSALS;
    }
}
