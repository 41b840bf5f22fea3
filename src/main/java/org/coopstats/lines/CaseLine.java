package org.coopstats.lines;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/** A case line that passed {@link LineRules}: codes known, dates and count in range. */
@Serdeable
public record CaseLine(
        String cooperationType,
        String direction,
        @Nullable String counterpartIso3,
        String legalBasisCategory,
        @Nullable String legalInstrument,
        String offenceType,
        String electronicEvidence,
        String channel,
        String informalConsultation,
        String outcome,
        @Nullable String refusalGround,
        int caseCount,
        @Nullable LocalDate requestedOn,
        @Nullable LocalDate completedOn,
        @Nullable String note) {
}
