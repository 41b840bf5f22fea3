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

    /** The status in plain words, as an officer reads it. */
    public String statusText() {
        if (status == null) {
            return "No return yet";
        }
        return switch (status) {
            case "DRAFT" -> "Draft, not sent";
            case "SUBMITTED" -> Boolean.TRUE.equals(late) ? "Submitted after the deadline" : "Submitted";
            case "RETURNED" -> "Returned for correction";
            case "ACCEPTED" -> Boolean.TRUE.equals(late) ? "Accepted (submitted late)" : "Accepted";
            default -> status;
        };
    }
}
