package org.coopstats.analytics;

import java.util.Arrays;
import java.util.Optional;

/** What a figure counts. Shares and rates are fractions from 0 to 1, null where nothing is counted. */
public enum Measure {
    CASES("cases"),
    LINES("lines"),
    STATES("states"),
    CONVENTION_SHARE("convention_share"),
    REFUSAL_RATE("refusal_rate"),
    FORBIDDEN_REFUSALS("forbidden_refusals"),
    ELECTRONIC_EVIDENCE_SHARE("electronic_evidence_share"),
    MEDIAN_DAYS("median_days"),
    P90_DAYS("p90_days");

    private final String code;

    Measure(String code) {
        this.code = code;
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

    /** Sums of cells are the true totals only for these. */
    boolean additive() {
        return this == CASES || this == LINES || this == FORBIDDEN_REFUSALS;
    }

    /** Shares, rates and percentiles stay empty where nothing is counted; counts are 0. */
    boolean emptyWhenNothing() {
        return this != CASES && this != LINES && this != STATES && this != FORBIDDEN_REFUSALS;
    }
}
