package org.coopstats.lines;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case line as a person or a system sent it: every value as text, exactly as typed, keyed
 * by the column codes of the CSV template. The form, the CSV upload and the JSON API all turn
 * what they receive into this, so one set of rules ({@link LineRules}) judges them all.
 */
public record LineInput(Map<String, String> values) {

    public static final List<String> COLUMNS = List.of("cooperation_type", "direction", "counterpart_iso3",
            "legal_basis_category", "legal_instrument", "offence_type", "electronic_evidence", "channel",
            "informal_consultation", "outcome", "refusal_ground", "case_count", "requested_on", "completed_on", "note");

    public LineInput {
        Map<String, String> trimmed = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String value = values.get(column);
            trimmed.put(column, value == null ? "" : value.strip());
        }
        values = trimmed;
    }

    /** Takes the known columns of a form, a JSON object or a CSV row; numbers are read as their text. */
    public static LineInput of(Map<String, ?> source) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            Object value = source.get(column);
            values.put(column, value == null ? "" : String.valueOf(value));
        }
        return new LineInput(values);
    }

    public static LineInput of(CaseLine line) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("cooperation_type", line.cooperationType());
        values.put("direction", line.direction());
        values.put("counterpart_iso3", line.counterpartIso3());
        values.put("legal_basis_category", line.legalBasisCategory());
        values.put("legal_instrument", line.legalInstrument());
        values.put("offence_type", line.offenceType());
        values.put("electronic_evidence", line.electronicEvidence());
        values.put("channel", line.channel());
        values.put("informal_consultation", line.informalConsultation());
        values.put("outcome", line.outcome());
        values.put("refusal_ground", line.refusalGround());
        values.put("case_count", String.valueOf(line.caseCount()));
        values.put("requested_on", line.requestedOn() == null ? null : line.requestedOn().toString());
        values.put("completed_on", line.completedOn() == null ? null : line.completedOn().toString());
        values.put("note", line.note());
        return new LineInput(values);
    }

    /** What the empty form shows: one case, and "unknown" where the officer may not know. */
    public static LineInput blank() {
        return new LineInput(Map.of("case_count", "1", "electronic_evidence", "UNKNOWN", "informal_consultation", "UNKNOWN"));
    }

    public String get(String column) {
        return values.get(column);
    }

    @Nullable
    String orNull(String column) {
        String value = values.get(column);
        return value.isEmpty() ? null : value;
    }
}
