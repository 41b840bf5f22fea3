package org.coopstats.completeness;

import java.time.LocalDate;

/** The cycle a completeness page is about. */
public record CycleRef(long id, String code, LocalDate periodStart, LocalDate periodEnd, LocalDate deadline) {
}
