package org.coopstats.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.records.AuditEventRecord;
import org.jooq.DSLContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.coopstats.db.Tables.AUDIT_EVENT;

/** The audit trail of one return version in plain words: the return's own events and its lines'. */
@Singleton
public class ReturnHistory {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("RETURN_STARTED", "started the return"),
            Map.entry("RETURN_AMENDED", "made this version from the previous one"),
            Map.entry("RETURN_SUBMITTED", "submitted the return"),
            Map.entry("RETURN_RETURNED", "returned it to the State with a comment"),
            Map.entry("RETURN_ACCEPTED", "accepted the return"),
            Map.entry("LINE_ADDED", "added a line"),
            Map.entry("LINE_CHANGED", "changed a line"),
            Map.entry("LINE_DELETED", "deleted a line"),
            Map.entry("LINES_UPLOADED", "uploaded a CSV file"));

    private final DSLContext db;
    private final JsonMapper json;

    ReturnHistory(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> of(long returnId, int limit) {
        return db.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY.eq("return").and(AUDIT_EVENT.ENTITY_ID.eq(String.valueOf(returnId))))
                .or(AUDIT_EVENT.ENTITY.eq("line").and(AUDIT_EVENT.ENTITY_ID.startsWith(returnId + ":")))
                .orderBy(AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(this::entry);
    }

    private HistoryEntry entry(AuditEventRecord event) {
        String description = DESCRIPTIONS.getOrDefault(event.getAction(), event.getAction().toLowerCase().replace('_', ' '));
        return new HistoryEntry(event.getHappenedAt(), event.getActor(), event.getAction(), description,
                changes(event.getBeforeValue(), event.getAfterValue()));
    }

    /** Fields whose value differs between before and after, as "field: old → new". */
    @SuppressWarnings("unchecked")
    private List<String> changes(String before, String after) {
        Map<String, Object> old = flatten(before);
        Map<String, Object> now = flatten(after);
        Set<String> fields = new LinkedHashSet<>(old.keySet());
        fields.addAll(now.keySet());
        List<String> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(old.get(field), now.get(field)) && !field.equals("lineId") && !field.equals("returnId")) {
                changes.add(field + ": " + shown(old.get(field)) + " → " + shown(now.get(field)));
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> flatten(String value) {
        if (value == null) {
            return Map.of();
        }
        try {
            Map<String, Object> map = json.readValue(value, Map.class);
            if (map.get("line") instanceof Map<?, ?> line) {
                Map<String, Object> merged = new java.util.LinkedHashMap<>((Map<String, Object>) line);
                return merged;
            }
            return map;
        } catch (IOException unreadable) {
            return Map.of("value", value);
        }
    }

    private static String shown(Object value) {
        return value == null ? "–" : String.valueOf(value);
    }
}
