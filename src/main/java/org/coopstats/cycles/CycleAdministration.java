package org.coopstats.cycles;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Opening a reporting cycle: the period covered, when reporting opens, and the deadline. */
@Singleton
public class CycleAdministration {

    private final CycleRepository cycles;
    private final AuditLog audit;

    CycleAdministration(CycleRepository cycles, AuditLog audit) {
        this.cycles = cycles;
        this.audit = audit;
    }

    /** The problems by field; empty when the cycle was opened. */
    @Transactional
    public Map<String, String> open(String admin, CycleForm form) {
        Map<String, String> problems = new LinkedHashMap<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (code.isEmpty() || code.length() > 20) {
            problems.put("code", "Give the cycle a short name, such as 2025 (at most 20 characters).");
        } else if (cycles.findByCode(code).isPresent()) {
            problems.put("code", "A cycle with this name already exists.");
        }
        LocalDate periodStart = date(form.periodStart(), "periodStart", "the first day of the period covered", problems);
        LocalDate periodEnd = date(form.periodEnd(), "periodEnd", "the last day of the period covered", problems);
        LocalDate opensOn = date(form.opensOn(), "opensOn", "the day reporting opens", problems);
        LocalDate deadline = date(form.deadline(), "deadline", "the deadline", problems);
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            problems.put("periodEnd", "The period cannot end before it starts.");
        }
        if (opensOn != null && deadline != null && deadline.isBefore(opensOn)) {
            problems.put("deadline", "The deadline cannot be before reporting opens.");
        }
        if (problems.isEmpty()) {
            ReportingCycle opened = cycles.save(new ReportingCycle(null, code, periodStart, periodEnd, opensOn, deadline, null));
            audit.record(admin, "CYCLE_OPENED", "cycle", opened.id(), null, CycleSnapshot.of(opened));
        }
        return problems;
    }

    private static LocalDate date(String typed, String field, String what, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            problems.put(field, "Enter " + what + ".");
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            problems.put(field, "Enter " + what + " as a date, for example 2026-01-31.");
            return null;
        }
    }
}
