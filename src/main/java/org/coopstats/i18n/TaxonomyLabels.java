package org.coopstats.i18n;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import java.text.Collator;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.coopstats.db.Tables.CHANNEL;
import static org.coopstats.db.Tables.COOPERATION_TYPE;
import static org.coopstats.db.Tables.DIRECTION;
import static org.coopstats.db.Tables.ICCS_SECTION;
import static org.coopstats.db.Tables.LEGAL_BASIS_CATEGORY;
import static org.coopstats.db.Tables.LEGAL_INSTRUMENT;
import static org.coopstats.db.Tables.OFFENCE_TYPE;
import static org.coopstats.db.Tables.OUTCOME;
import static org.coopstats.db.Tables.REFUSAL_GROUND;
import static org.coopstats.db.Tables.REGION;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.YES_NO_UNKNOWN;

/**
 * The label of any taxonomy code, State or region in the six UN languages. The database holds the
 * codes and their English labels; i18n/taxonomy_<lang>.properties holds the other languages under
 * taxonomy.<table>.<CODE>. State names come from Java's CLDR data unless the bundle overrides them
 * with the name the UN uses (taxonomy.state.<ISO3>); in English they are the database's UN names.
 * Whatever is missing falls back to English, then to the code, so a label is never empty.
 */
@Singleton
public class TaxonomyLabels {

    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");
    public static final String STATE_TAXONOMY = "state";
    private static final String PREFIX = "taxonomy.";

    private static final Map<String, Map<String, String>> BUNDLES = new ConcurrentHashMap<>();
    private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();

    private final DSLContext db;
    private volatile Map<String, Map<String, String>> english;
    private final Map<String, Map<String, Map<String, String>>> byLanguage = new ConcurrentHashMap<>();

    TaxonomyLabels(DSLContext db) {
        this.db = db;
    }

    /** The taxonomies the database holds (each table with a code and an English label), and "state". */
    public Set<String> taxonomies() {
        return english().keySet();
    }

    public String label(String taxonomy, String code, Locale locale) {
        if (code == null) {
            return "";
        }
        Map<String, String> labels = labels(taxonomy, locale);
        String found = labels.get(code);
        if (found != null) {
            return found;
        }
        return bundleText(PREFIX + taxonomy + "." + code, locale).orElse(code);
    }

    /** Every code of the taxonomy with its label, in the taxonomy's order; States in alphabetical order of the language. */
    public Map<String, String> labels(String taxonomy, Locale locale) {
        String language = language(locale);
        return byLanguage.computeIfAbsent(language, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(taxonomy, any -> resolve(taxonomy, language));
    }

    /**
     * The label from a source of the language itself (the bundle, or CLDR for States; for English the
     * database), without falling back to English: empty where no translation exists.
     */
    public Optional<String> translation(String taxonomy, String code, Locale locale) {
        String language = language(locale);
        Optional<String> bundled = bundleText(PREFIX + taxonomy + "." + code, language);
        if (bundled.isPresent() || !STATE_TAXONOMY.equals(taxonomy)) {
            return bundled;
        }
        if (language.equals("en")) {
            return Optional.ofNullable(english().getOrDefault(STATE_TAXONOMY, Map.of()).get(code));
        }
        return cldrName(code, language);
    }

    /** A text of the taxonomy bundles (dimension and measure names, words for a missing code), falling back to English. */
    public static Optional<String> bundleText(String key, Locale locale) {
        return bundleText(key, language(locale)).or(() -> bundleText(key, "en"));
    }

    /** Every key of the language's taxonomy bundle with its text. */
    public static Map<String, String> bundle(String language) {
        return BUNDLES.computeIfAbsent(language, TaxonomyLabels::load);
    }

    /** The language of the six that serves a locale: its own, else English. Chinese is always Simplified. */
    public static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : "en";
    }

    private static Optional<String> bundleText(String key, String language) {
        return Optional.ofNullable(bundle(language).get(key)).filter(text -> !text.isBlank());
    }

    private Map<String, String> resolve(String taxonomy, String language) {
        Map<String, String> englishLabels = english().getOrDefault(taxonomy, Map.of());
        Map<String, String> labels = new LinkedHashMap<>();
        englishLabels.forEach((code, englishLabel) -> labels.put(code,
                translation(taxonomy, code, Locale.forLanguageTag(language)).orElse(englishLabel)));
        if (!STATE_TAXONOMY.equals(taxonomy) || language.equals("en")) {
            return Collections.unmodifiableMap(labels);
        }
        Collator collator = Collator.getInstance(cldrLocale(language));
        return Collections.unmodifiableMap(labels.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(name -> name, collator)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
    }

    private static Optional<String> cldrName(String iso3, String language) {
        String alpha2 = ALPHA2.get(iso3);
        if (alpha2 == null) {
            return Optional.empty();
        }
        String name = new Locale("", alpha2).getDisplayCountry(cldrLocale(language));
        return name.isBlank() || name.equals(alpha2) ? Optional.empty() : Optional.of(name);
    }

    private static Locale cldrLocale(String language) {
        return language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.forLanguageTag(language);
    }

    private Map<String, Map<String, String>> english() {
        Map<String, Map<String, String>> loaded = english;
        if (loaded == null) {
            loaded = loadEnglish();
            english = loaded;
        }
        return loaded;
    }

    // the taxonomies change only with a migration, which means a restart, so they are read once
    @Transactional(readOnly = true)
    Map<String, Map<String, String>> loadEnglish() {
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        labels.put("cooperation_type", read(COOPERATION_TYPE, COOPERATION_TYPE.CODE, COOPERATION_TYPE.LABEL_EN, COOPERATION_TYPE.SORT_ORDER));
        labels.put("direction", read(DIRECTION, DIRECTION.CODE, DIRECTION.LABEL_EN, DIRECTION.SORT_ORDER));
        labels.put("legal_basis_category", read(LEGAL_BASIS_CATEGORY, LEGAL_BASIS_CATEGORY.CODE, LEGAL_BASIS_CATEGORY.LABEL_EN,
                LEGAL_BASIS_CATEGORY.SORT_ORDER));
        labels.put("legal_instrument", read(LEGAL_INSTRUMENT, LEGAL_INSTRUMENT.CODE, LEGAL_INSTRUMENT.LABEL_EN, LEGAL_INSTRUMENT.SORT_ORDER));
        labels.put("iccs_section", read(ICCS_SECTION, ICCS_SECTION.CODE, ICCS_SECTION.LABEL_EN, ICCS_SECTION.SORT_ORDER));
        labels.put("offence_type", read(OFFENCE_TYPE, OFFENCE_TYPE.CODE, OFFENCE_TYPE.LABEL_EN, OFFENCE_TYPE.SORT_ORDER));
        labels.put("yes_no_unknown", read(YES_NO_UNKNOWN, YES_NO_UNKNOWN.CODE, YES_NO_UNKNOWN.LABEL_EN, YES_NO_UNKNOWN.SORT_ORDER));
        labels.put("channel", read(CHANNEL, CHANNEL.CODE, CHANNEL.LABEL_EN, CHANNEL.SORT_ORDER));
        labels.put("outcome", read(OUTCOME, OUTCOME.CODE, OUTCOME.LABEL_EN, OUTCOME.SORT_ORDER));
        labels.put("refusal_ground", read(REFUSAL_GROUND, REFUSAL_GROUND.CODE, REFUSAL_GROUND.LABEL_EN, REFUSAL_GROUND.SORT_ORDER));
        labels.put("region", read(REGION, REGION.CODE, REGION.LABEL_EN, REGION.SORT_ORDER));
        labels.put(STATE_TAXONOMY, read(STATE, STATE.ISO3, STATE.NAME_EN, STATE.NAME_EN));
        return Collections.unmodifiableMap(labels);
    }

    private <T> Map<String, String> read(Table<?> table, Field<String> code, Field<String> label, Field<T> order) {
        Map<String, String> labels = new LinkedHashMap<>();
        db.select(code, label).from(table).orderBy(order, code).forEach(row -> labels.put(row.value1(), row.value2()));
        return Collections.unmodifiableMap(labels);
    }

    /**
     * Only the language's own file (never the machine's default locale), read as UTF-8 as Java
     * reads every properties bundle since Java 9.
     */
    private static Map<String, String> load(String language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/taxonomy", cldrLocale(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.keySet().stream().collect(Collectors.toUnmodifiableMap(key -> key, bundle::getString));
        } catch (MissingResourceException noBundle) {
            return Map.of();
        }
    }

    // the European Union has no ISO 3166 alpha-3 code; EUU (UN trade statistics) maps to CLDR's EU
    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> codes = new ConcurrentHashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            codes.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        codes.put("EUU", "EU");
        return Map.copyOf(codes);
    }
}
