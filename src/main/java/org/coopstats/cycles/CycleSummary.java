package org.coopstats.cycles;

import java.time.LocalDate;

/** A cycle as the home page lists it: its dates and how many States have reported into it. */
public record CycleSummary(
        String code,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate opensOn,
        LocalDate deadline,
        int statesReporting) {

    /** The message key of the phase: cycles.phase.NOT_OPEN, OPEN or CLOSED. */
    public String phaseKey(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return "cycles.phase.NOT_OPEN";
        }
        return today.isAfter(deadline) ? "cycles.phase.CLOSED" : "cycles.phase.OPEN";
    }
}
