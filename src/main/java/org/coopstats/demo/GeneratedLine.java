package org.coopstats.demo;

import java.time.LocalDate;

/** One generated case line, reported by reporterIso3 for the cycle at cycleIndex of the plan. */
public record GeneratedLine(
        int cycleIndex,
        String reporterIso3,
        String cooperationType,
        String direction,
        String counterpartIso3,
        String legalBasisCategory,
        String legalInstrument,
        String offenceType,
        String electronicEvidence,
        String channel,
        String informalConsultation,
        String outcome,
        String refusalGround,
        int caseCount,
        LocalDate requestedOn,
        LocalDate completedOn) {
}
