package org.coopstats.lines;

import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;

import java.text.Collator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Case lines in one language: what each column is called, the labels of the codes (in the
 * taxonomy's order), State names (in the language's alphabetical order), and the rules' messages.
 */
public final class LineText {

    /** The taxonomy that holds each coded column's codes. */
    private static final Map<String, String> TAXONOMY = Map.ofEntries(
            Map.entry("cooperation_type", "cooperation_type"), Map.entry("direction", "direction"),
            Map.entry("counterpart_iso3", "state"), Map.entry("legal_basis_category", "legal_basis_category"),
            Map.entry("legal_instrument", "legal_instrument"), Map.entry("offence_type", "offence_type"),
            Map.entry("electronic_evidence", "yes_no_unknown"), Map.entry("channel", "channel"),
            Map.entry("informal_consultation", "yes_no_unknown"), Map.entry("outcome", "outcome"),
            Map.entry("refusal_ground", "refusal_ground"));

    private final Text t;
    private final Codes codes;

    LineText(Text t, Codes codes) {
        this.t = t;
        this.codes = codes;
    }

    public Text t() {
        return t;
    }

    /** What a column is called on pages: "Type of cooperation" for cooperation_type. */
    public String column(String column) {
        return t.get("lines.column." + column);
    }

    public String label(String column, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        String english = column.equals("counterpart_iso3") ? codes.stateName(code)
                : codes.byColumn().containsKey(column) ? codes.label(column, code) : code;
        String taxonomy = TAXONOMY.get(column);
        if (taxonomy == null || t.language() == Language.EN) {
            return english;
        }
        return codes.translations().label(taxonomy, code, t.locale()).orElse(english);
    }

    /** Every code of a coded column with its label, in the taxonomy's order. */
    public Map<String, String> options(String column) {
        Map<String, String> options = new LinkedHashMap<>();
        codes.options(column).keySet().forEach(code -> options.put(code, label(column, code)));
        return options;
    }

    /** The direction said from the reporting State's side, for the form. */
    public Map<String, String> directions() {
        Map<String, String> options = new LinkedHashMap<>();
        codes.options("direction").keySet().forEach(code -> options.put(code, t.get("lines.direction." + code)));
        return options;
    }

    /** Every State but the reporting one, in the alphabetical order of the language. */
    public Map<String, String> states(String without) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.states().keySet().stream().filter(iso3 -> !iso3.equals(without))
                .forEach(iso3 -> names.put(iso3, label("counterpart_iso3", iso3)));
        if (t.language() == Language.EN) {
            return names;
        }
        Collator collator = Collator.getInstance(t.locale());
        Map<String, String> sorted = new LinkedHashMap<>();
        names.entrySet().stream().sorted(Map.Entry.comparingByValue(Comparator.comparing(name -> name, collator)))
                .forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
        return sorted;
    }

    /** A value as a person reads it: the label of a code, the name of a State, or the text; a dash for nothing. */
    public String display(String column, String value) {
        if (value == null || value.isEmpty()) {
            return "–";
        }
        return TAXONOMY.containsKey(column) ? label(column, value) : value;
    }

    /** A date in the language's medium form ("3 févr. 2030"), short enough for a table cell. */
    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(t.locale()).format(date);
    }

    /** A message for a page (arguments isolated in right-to-left text, so codes keep their place). */
    public String say(Message message) {
        return message.in(t, code -> label(code.column(), code.code()), t.language().rightToLeft());
    }

    /** A message for a file, with no invisible characters. */
    public String plain(Message message) {
        return message.in(t, code -> label(code.column(), code.code()), false);
    }

    /** Every message of a map, keyed as before, for a page. */
    public Map<String, String> say(Map<String, Message> messages) {
        Map<String, String> said = new LinkedHashMap<>();
        messages.forEach((key, message) -> said.put(key, say(message)));
        return said;
    }

    /** The plural form of the message under key that fits number. */
    public String count(String key, long number) {
        return Plural.of(t, key, number);
    }
}
