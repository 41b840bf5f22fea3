package org.coopstats.i18n

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.analytics.Dimension
import org.coopstats.analytics.Labels
import org.coopstats.analytics.Measure
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Shared
import spock.lang.Specification

/**
 * Issue 5: every taxonomy code, State and region has a label in each of the six UN languages,
 * read from the codes in MariaDB, so a code added by a migration without its labels fails here.
 */
@MicronautTest(transactional = false)
class TaxonomyLabelsSpec extends Specification {

    static final List<String> LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]

    /** Each labelled table of the schema and the column holding its English label. */
    static final Map<String, List<String>> TABLES = [
            cooperation_type: ["code", "label_en"], direction: ["code", "label_en"],
            legal_basis_category: ["code", "label_en"], legal_instrument: ["code", "label_en"],
            iccs_section: ["code", "label_en"], offence_type: ["code", "label_en"], yes_no_unknown: ["code", "label_en"],
            channel: ["code", "label_en"], outcome: ["code", "label_en"], refusal_ground: ["code", "label_en"],
            region: ["code", "label_en"], state: ["iso3", "name_en"]]

    /** Labels that are rightly the same as the English one: the same word in that language. */
    static final Set<String> SAME_AS_ENGLISH = [
            "fr taxonomy.cooperation_type.EXTRADITION", "fr taxonomy.offence_type.CORRUPTION", "fr taxonomy.region.EUROPE",
            "es taxonomy.yes_no_unknown.NO", "es taxonomy.region.ASIA", "es taxonomy.region.MELANESIA",
            "es taxonomy.region.MICRONESIA"] as Set

    static final Map<String, String> SCRIPT = [ar: /\p{IsArabic}/, ru: /\p{IsCyrillic}/, zh: /\p{IsHan}/]

    @Inject
    @Shared
    TaxonomyLabels labels

    @Inject
    @Shared
    Labels analyticsLabels

    @Inject
    @Shared
    TestDatabase database

    def "the labels cover every table of the schema that has an English label"() {
        expect:
        database.inTransaction { DSLContext db ->
            db.fetchValues("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE() "
                    + "AND column_name IN ('label_en', 'name_en')").collect { it.toString().toLowerCase() }.toSet()
        } == TABLES.keySet()
        labels.taxonomies() == TABLES.keySet()
        TABLES.keySet().containsAll(Dimension.values()*.taxonomy().findAll())
    }

    def "every #taxonomy code has a label in #language"() {
        given:
        Locale locale = Locale.forLanguageTag(language)
        Map<String, String> english = englishOf(taxonomy)

        expect: "a label of the language itself, never English standing in for it, nor the code"
        !english.isEmpty()
        english.every { code, englishLabel ->
            String label = labels.label(taxonomy, code, locale)
            String key = "taxonomy.${taxonomy}.${code}"
            assert label && !label.isBlank() && label != code : key
            assert labels.translation(taxonomy, code, locale).orElse(null) == label : key
            assert taxonomy == "state" || inBundle(language, key) : "$language bundle lacks $key"
            if (language == "en") {
                assert label == englishLabel : key
            } else if (taxonomy != "state" || !(language in ["fr", "es"])) {
                assert label != englishLabel || sameAsEnglish(language, key) : "$language $key is the English '$label'"
            }
            if (SCRIPT[language]) {
                assert label =~ SCRIPT[language] : "$language $key '$label'"
                assert !(label =~ /[A-Za-z]/) : "$language $key has Latin letters: '$label'"
            }
            true
        }

        where:
        [taxonomy, language] << [TABLES.keySet().toList(), LANGUAGES].combinations()
    }

    def "every key of the #language bundle names a code that exists"() {
        given:
        Map<String, Set<String>> codes = TABLES.keySet().collectEntries { [it, englishOf(it).keySet()] }
        codes.dimension = Dimension.values()*.name() as Set
        codes.measure = Measure.values()*.name() as Set
        codes.absent = Dimension.values().collect { Labels.absent(it) } as Set

        when:
        def stale = TaxonomyLabels.bundle(language).keySet().findAll { String key ->
            def parts = key.split(/\./, 3)
            !(parts.length == 3 && parts[0] == "taxonomy" && codes[parts[1]]?.contains(parts[2]))
        }

        then:
        stale.isEmpty()

        where:
        language << LANGUAGES
    }

    def "every dimension, measure and missing-code heading has its name in #language"() {
        given:
        Locale locale = Locale.forLanguageTag(language)

        expect:
        Dimension.values().every { dimension ->
            assert inBundle(language, "taxonomy.dimension." + dimension.name())
            assert language == "en" ? dimension.label(locale) == dimension.label() : dimension.label(locale) != dimension.label()
            true
        }
        Measure.values().every { measure ->
            assert inBundle(language, "taxonomy.measure." + measure.name())
            assert language == "en" ? measure.label(locale) == measure.label() : measure.label(locale) != measure.label()
            true
        }
        Dimension.values().every { dimension ->
            String heading = analyticsLabels.of(dimension, null, locale)
            assert language == "en" ? heading == analyticsLabels.of(dimension, null) : heading != analyticsLabels.of(dimension, null)
            true
        }

        where:
        language << LANGUAGES
    }

    def "#key is '#label' in #language, the words of the UN's own texts"() {
        expect:
        labels.label(key.split(/\./)[0], key.split(/\./)[1], Locale.forLanguageTag(language)) == label

        where:
        key                              | language || label
        "cooperation_type.MLA"           | "fr"     || "Entraide judiciaire"
        "cooperation_type.MLA"           | "es"     || "Asistencia judicial recíproca"
        "cooperation_type.MLA"           | "ru"     || "Взаимная правовая помощь"
        "cooperation_type.MLA"           | "zh"     || "司法协助"
        "cooperation_type.MLA"           | "ar"     || "المساعدة القانونية المتبادلة"
        "cooperation_type.EXTRADITION"   | "es"     || "Extradición"
        "cooperation_type.EXTRADITION"   | "ru"     || "Выдача"
        "cooperation_type.EXTRADITION"   | "zh"     || "引渡"
        "cooperation_type.EXTRADITION"   | "ar"     || "تسليم المجرمين"
        "region.SUB_SAHARAN_AFRICA"      | "fr"     || "Afrique subsaharienne"
        "state.PSE"                      | "fr"     || "État de Palestine"
        "state.VAT"                      | "zh"     || "教廷"
        "state.TUR"                      | "es"     || "Türkiye"
        "state.GBR"                      | "ru"     || "Соединенное Королевство Великобритании и Северной Ирландии"
        "state.FRA"                      | "ar"     || "فرنسا"
        "state.EUU"                      | "fr"     || "Union européenne"
        "state.NLD"                      | "en"     || "Netherlands (Kingdom of the)"
    }

    def "a language other than the six is answered in English, and Chinese always in Simplified characters"() {
        expect:
        labels.label("cooperation_type", "EXTRADITION", Locale.GERMAN) == "Extradition"
        labels.label("state", "FRA", Locale.GERMAN) == "France"
        labels.label("cooperation_type", "EXTRADITION", Locale.TRADITIONAL_CHINESE) == "引渡"
        Dimension.OUTCOME.label(Locale.ITALIAN) == "Outcome"
    }

    def "an unknown code is shown as itself rather than as nothing"() {
        expect:
        labels.label("outcome", "NO_SUCH_CODE", Locale.FRENCH) == "NO_SUCH_CODE"
        labels.label("outcome", null, Locale.FRENCH) == ""
    }

    def "the analytics labels speak each language, and their English is what it was"() {
        expect:
        analyticsLabels.of(Dimension.COOPERATION_TYPE, "MLA", Locale.FRENCH) == "Entraide judiciaire"
        analyticsLabels.of(Dimension.ELECTRONIC_EVIDENCE, "UNKNOWN", Locale.forLanguageTag("ru")) == "Неизвестно"
        analyticsLabels.of(Dimension.COUNTERPART_STATE, null, Locale.forLanguageTag("es")) == "No indicado"
        analyticsLabels.of(Dimension.CYCLE, "2024", Locale.forLanguageTag("ar")) == "2024"
        analyticsLabels.options(Dimension.REFUSAL_GROUND, Locale.forLanguageTag("zh")).keySet().toList() ==
                analyticsLabels.options(Dimension.REFUSAL_GROUND).keySet().toList()
        analyticsLabels.options(Dimension.REPORTING_STATE, Locale.FRENCH).values().take(3) == ["Afghanistan", "Afrique du Sud", "Albanie"]
        Dimension.values().every { dimension ->
            analyticsLabels.options(dimension, Locale.ENGLISH) == analyticsLabels.options(dimension)
        }
    }

    private static boolean inBundle(String language, String key) {
        TaxonomyLabels.bundle(language).containsKey(key)
    }

    private static boolean sameAsEnglish(String language, String key) {
        SAME_AS_ENGLISH.contains(language + " " + key)
    }

    private Map<String, String> englishOf(String taxonomy) {
        def (code, label) = TABLES[taxonomy]
        database.inTransaction { DSLContext db ->
            db.fetch("SELECT " + code + ", " + label + " FROM " + taxonomy).collectEntries { [it.get(0), it.get(1)] }
        }
    }
}
