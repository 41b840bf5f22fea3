package org.coopstats.lines;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A case line in the JSON API: the CSV template's column codes as keys, plus id and lockVersion. */
public final class LineJson {

    /** What a client may send besides the columns. */
    static final Set<String> CONTROL_KEYS = Set.of("lockVersion", "confirmWarnings");

    private LineJson() {
    }

    public static Map<String, Object> of(StoredLine stored) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", stored.id());
        json.put("lockVersion", stored.lockVersion());
        LineInput values = LineInput.of(stored.line());
        for (String column : LineInput.COLUMNS) {
            String value = values.get(column);
            json.put(column, column.equals("case_count") ? Integer.valueOf(value) : value.isEmpty() ? null : value);
        }
        return json;
    }

    public static List<Map<String, Object>> of(List<StoredLine> lines) {
        return lines.stream().map(LineJson::of).toList();
    }

    /** Keys the API does not know, so that a misspelt column is reported instead of silently dropped. */
    static List<String> unknownKeys(Map<String, Object> body) {
        return body.keySet().stream()
                .filter(key -> !LineInput.COLUMNS.contains(key) && !CONTROL_KEYS.contains(key) && !key.equals("id"))
                .sorted()
                .toList();
    }
}
