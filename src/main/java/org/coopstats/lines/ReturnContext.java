package org.coopstats.lines;

import java.time.LocalDate;

/** What a line is judged against: the reporting State and the period its return covers. */
public record ReturnContext(String reporterIso3, LocalDate periodStart, LocalDate periodEnd) {
}
