package org.coopstats.returns;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One cycle on an officer's dashboard, with the latest version of the State's return if any. */
@io.micronaut.serde.annotation.Serdeable
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
public record StateReturnRow(
        String cycle,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate opensOn,
        LocalDate deadline,
        @Nullable String status,
        @Nullable Integer version,
        @Nullable LocalDateTime submittedAt,
        @Nullable Boolean late,
        @Nullable String comment) {

    /** The message key of the status in plain words, as an officer reads it. */
    public String statusKey() {
        return ReturnStatus.key(status, late);
    }
}
