package org.coopstats.cycles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A period States report on, with the dates the Secretariat set for it. */
@MappedEntity("reporting_cycle")
public record ReportingCycle(
        @Id @GeneratedValue @Nullable Long id,
        String code,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate opensOn,
        LocalDate deadline,
        @DateCreated @Nullable Instant createdAt) {

    public static ReportingCycle calendarYear(int year, LocalDate opensOn, LocalDate deadline) {
        return new ReportingCycle(null, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                opensOn, deadline, null);
    }
}
