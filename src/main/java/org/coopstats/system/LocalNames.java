package org.coopstats.system;

import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Names of States and labels of codes in the page's language, for pages that have the English
 * one at hand: the taxonomy bundles' words (taxonomy.state.KEN, taxonomy.cooperation_type.MLA)
 * when they exist, else for a State the name CLDR gives in that language, else the English.
 * A small seam: TaxonomyLabels does the same for any taxonomy once it is in place.
 */
public final class LocalNames {

    private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

    private LocalNames() {
    }

    public static String state(Text t, String iso3, String english) {
        if (iso3 == null) {
            return english == null ? "" : english;
        }
        String key = "taxonomy.state." + iso3;
        if (t.has(key)) {
            return t.get(key);
        }
        if (t.language() == Language.EN) {
            return english;
        }
        return cldrName(iso3, t.locale()).orElse(english);
    }

    public static String code(Text t, String taxonomy, String code, String english) {
        String key = "taxonomy." + taxonomy + "." + code;
        return t.has(key) ? t.get(key) : english;
    }

    /** The items in the alphabetical order of the page's language, by the name shown. */
    public static <T> List<T> sorted(Text t, List<T> items, Function<T, String> shownName) {
        Collator collator = Collator.getInstance(t.locale());
        return items.stream().sorted(Comparator.comparing(shownName, collator)).toList();
    }

    private static Optional<String> cldrName(String iso3, Locale locale) {
        String alpha2 = ALPHA2.get(iso3);
        if (alpha2 == null) {
            return Optional.empty();
        }
        String name = new Locale("", alpha2).getDisplayCountry(locale);
        return name.isBlank() || name.equals(alpha2) ? Optional.empty() : Optional.of(name);
    }

    // the European Union has no ISO 3166 alpha-3 code; EUU (UN trade statistics) is CLDR's EU
    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> codes = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        codes.put("EUU", "EU");
        return Map.copyOf(codes);
    }
}
