package org.coopstats.lines;

import org.coopstats.i18n.Text;

import java.util.Map;

/**
 * The allowed codes of every coded column (column code -> code -> English label), the
 * category of each named instrument, and the known States (ISO3 -> English name); in(t) gives
 * the same labels in a page's language.
 */
public record Codes(Map<String, Map<String, String>> byColumn, Map<String, String> instrumentCategory, Map<String, String> states,
                    TaxonomyText translations) {

    public boolean allows(String column, String code) {
        return byColumn.get(column).containsKey(code);
    }

    public String label(String column, String code) {
        return byColumn.get(column).getOrDefault(code, code);
    }

    public Map<String, String> options(String column) {
        return byColumn.get(column);
    }

    public String stateName(String iso3) {
        return iso3 == null ? "" : states.getOrDefault(iso3, iso3);
    }

    /** The column names, labels and messages of case lines in the language of t. */
    public LineText in(Text t) {
        return new LineText(t, this);
    }
}
