package org.coopstats.cycles;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.audit.AuditLog;
import org.coopstats.system.Message;

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
    public Map<String, Message> open(String admin, CycleForm form) {
        Map<String, Message> problems = new LinkedHashMap<>();
        String code = form.code() == null ? "" : form.code().trim();
        if (code.isEmpty() || code.length() > 20) {
            problems.put("code", Message.of("cycles.problem.code"));
        } else if (cycles.findByCode(code).isPresent()) {
            problems.put("code", Message.of("cycles.problem.codeTaken"));
        }
        LocalDate periodStart = date(form.periodStart(), "periodStart", problems);
        LocalDate periodEnd = date(form.periodEnd(), "periodEnd", problems);
        LocalDate opensOn = date(form.opensOn(), "opensOn", problems);
        LocalDate deadline = date(form.deadline(), "deadline", problems);
        if (periodStart != null && periodEnd != null && periodEnd.isBefore(periodStart)) {
            problems.put("periodEnd", Message.of("cycles.problem.periodOrder"));
        }
        if (opensOn != null && deadline != null && deadline.isBefore(opensOn)) {
            problems.put("deadline", Message.of("cycles.problem.deadlineOrder"));
        }
        if (problems.isEmpty()) {
            ReportingCycle opened = cycles.save(new ReportingCycle(null, code, periodStart, periodEnd, opensOn, deadline, null));
            audit.record(admin, "CYCLE_OPENED", "cycle", opened.id(), null, CycleSnapshot.of(opened));
        }
        return problems;
    }

    /** The problems are cycles.problem.<field> (missing) and cycles.problem.<field>NotDate. */
    private static LocalDate date(String typed, String field, Map<String, Message> problems) {
        if (typed == null || typed.isBlank()) {
            problems.put(field, Message.of("cycles.problem." + field));
            return null;
        }
        try {
            return LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            problems.put(field, Message.of("cycles.problem." + field + "NotDate"));
            return null;
        }
    }
}
