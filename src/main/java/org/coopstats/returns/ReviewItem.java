package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A return version as an analyst reviews it; publicationConsent is NAMED or TOTALS_ONLY. */
@io.micronaut.serde.annotation.Serdeable
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record ReviewItem(
        long id,
        String cycle,
        String stateIso3,
        String stateName,
        int version,
        String status,
        @Nullable LocalDateTime submittedAt,
        boolean late,
        @Nullable String comment,
        long lockVersion,
        int lines,
        BigDecimal cases,
        String publicationConsent) {
}
