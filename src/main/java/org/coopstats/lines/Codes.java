package org.coopstats.lines;

import java.util.Map;
import java.util.Set;

/**
 * The allowed codes of every coded column (column code -> code -> English label), the
 * category of each named instrument, and the ISO3 codes of the known States.
 */
record Codes(Map<String, Map<String, String>> byColumn, Map<String, String> instrumentCategory, Set<String> states) {

    boolean allows(String column, String code) {
        return byColumn.get(column).containsKey(code);
    }

    String label(String column, String code) {
        return byColumn.get(column).getOrDefault(code, code);
    }
}
