package org.coopstats.cycles;

import io.micronaut.serde.annotation.Serdeable;

/** A cycle as the audit trail keeps it. */
@Serdeable
record CycleSnapshot(String code, String periodStart, String periodEnd, String opensOn, String deadline) {

    static CycleSnapshot of(ReportingCycle cycle) {
        return new CycleSnapshot(cycle.code(), cycle.periodStart().toString(), cycle.periodEnd().toString(),
                cycle.opensOn().toString(), cycle.deadline().toString());
    }
}
