package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.i18n.Text;

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
    public String statusText(Text text) {
        return amendmentInDraft == null ? status.label(text)
                : text.get("completeness.amendment", status.label(text), text.number(amendmentInDraft));
    }

    /** The same State with its names in another language. */
    StateCompleteness named(String name, String regionLabel, @Nullable String subregionLabel) {
        return new StateCompleteness(iso3, name, regionCode, regionLabel, subregionCode, subregionLabel, status, returnId,
                version, submittedAt, late, lines, cases, amendmentInDraft);
    }
}
