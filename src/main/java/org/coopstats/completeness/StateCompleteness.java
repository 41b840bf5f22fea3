package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One State party in a cycle: the version of its return that sets its status, with its lines
 * and cases, and the version number of an amendment still in draft, if any.
 */
public record StateCompleteness(
        String iso3,
        String name,
        String regionCode,
        String regionLabel,
        @Nullable String subregionCode,
        @Nullable String subregionLabel,
        CompletenessStatus status,
        @Nullable Long returnId,
        @Nullable Integer version,
        @Nullable LocalDateTime submittedAt,
        boolean late,
        int lines,
        BigDecimal cases,
        @Nullable Integer amendmentInDraft) {

    /**
     * Offered for review only while no amendment is in draft: the officer is replacing the
     * submitted version, and the review list hides it for the same reason.
     */
    public boolean reviewable() {
        return status.awaitsReview() && amendmentInDraft == null && returnId != null;
    }

    /** The status in words, with the amendment when there is one. */
    public String statusText() {
        return amendmentInDraft == null ? status.label()
                : status.label() + "; amendment (version " + amendmentInDraft + ") in draft";
    }
}
