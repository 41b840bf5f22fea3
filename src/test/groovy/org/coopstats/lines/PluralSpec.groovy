package org.coopstats.lines

import org.coopstats.i18n.Language
import org.coopstats.i18n.Text
import spock.lang.Specification

/** Numbers take the form their language gives them: Russian and Arabic have more than two. */
class PluralSpec extends Specification {

    def "#number is '#category' in #language"() {
        expect:
        Plural.category(language, number) == category

        where:
        language    | number || category
        Language.EN | 1      || "one"
        Language.EN | 0      || "other"
        Language.EN | 2      || "other"
        Language.ES | 1      || "one"
        Language.ES | 21     || "other"
        Language.FR | 0      || "one"
        Language.FR | 1      || "one"
        Language.FR | 2      || "other"
        Language.ZH | 1      || "other"
        Language.RU | 1      || "one"
        Language.RU | 21     || "one"
        Language.RU | 11     || "many"
        Language.RU | 3      || "few"
        Language.RU | 24     || "few"
        Language.RU | 12     || "many"
        Language.RU | 5      || "many"
        Language.RU | 111    || "many"
        Language.AR | 0      || "zero"
        Language.AR | 1      || "one"
        Language.AR | 2      || "two"
        Language.AR | 3      || "few"
        Language.AR | 110    || "few"
        Language.AR | 11     || "many"
        Language.AR | 99     || "many"
        Language.AR | 100    || "other"
        Language.AR | 102    || "other"
    }

    def "'#key' for #number in #language reads '#text'"() {
        expect:
        Plural.of(Text.of(language), key, number) == text

        where:
        language    | key             | number || text
        Language.EN | "lines.count"   | 1      || "1 line"
        Language.EN | "lines.count"   | 1200   || "1,200 lines"
        Language.FR | "lines.count"   | 0      || "0 ligne"
        Language.RU | "lines.count"   | 1      || "1 строка"
        Language.RU | "lines.count"   | 3      || "3 строки"
        Language.RU | "lines.count"   | 25     || "25 строк"
        Language.AR | "lines.count"   | 2      || "سطران"
        Language.AR | "lines.count"   | 5      || "5 أسطر"
        Language.AR | "lines.count"   | 15     || "15 سطراً"
        Language.ZH | "lines.count"   | 7      || "7 行"
    }

    def "every plural message gives a form in every language, and 'other' in each"() {
        expect:
        ["lines", "upload"].every { bundle ->
            def english = org.coopstats.i18n.BundlesSpec.read(bundle, Language.EN)
            english.stringPropertyNames().findAll { english.getProperty(it) ==~ /(?s)(zero|one|two|few|many|other):.*/ }.every { key ->
                def forms = org.coopstats.i18n.BundlesSpec.read(bundle, language).getProperty(key).split(/\|/)
                forms.every { it ==~ /(?s)(zero|one|two|few|many|other):.+/ } && forms.any { it.startsWith("other:") }
            }
        }

        where:
        language << Language.values()
    }
}
