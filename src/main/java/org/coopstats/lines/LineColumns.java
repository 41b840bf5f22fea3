package org.coopstats.lines;

import java.util.Map;

/** What each column of a case line is called on pages and in reports. */
public final class LineColumns {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("cooperation_type", "Type of cooperation"),
            Map.entry("direction", "Direction"),
            Map.entry("counterpart_iso3", "Other State in the request"),
            Map.entry("legal_basis_category", "Legal basis"),
            Map.entry("legal_instrument", "Named instrument"),
            Map.entry("offence_type", "Offence"),
            Map.entry("electronic_evidence", "Electronic evidence involved"),
            Map.entry("channel", "Channel"),
            Map.entry("informal_consultation", "Informal consultation before the request"),
            Map.entry("outcome", "Outcome at the end of the period"),
            Map.entry("refusal_ground", "Ground for refusal"),
            Map.entry("case_count", "Number of cases"),
            Map.entry("requested_on", "Date of the request"),
            Map.entry("completed_on", "Date of completion"),
            Map.entry("note", "Your note"));

    /** The direction, said from the reporting State's side. */
    public static final Map<String, String> DIRECTIONS = new java.util.LinkedHashMap<>(Map.of(
            "OUTGOING", "Outgoing: your State sent the request"));

    static {
        DIRECTIONS.put("INCOMING", "Incoming: your State received the request");
    }

    private LineColumns() {
    }

    public static String label(String column) {
        return LABELS.getOrDefault(column, column);
    }

    /** The value as a person reads it: the label of a code, the name of a State, or the text. */
    public static String display(Codes codes, String column, String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        if (column.equals("counterpart_iso3")) {
            return codes.stateName(value);
        }
        return codes.byColumn().containsKey(column) ? codes.label(column, value) : value;
    }
}
