package org.coopstats.publication

import org.coopstats.i18n.Language
import org.coopstats.i18n.Text
import spock.lang.Specification

/** A change note in words, in each of the six languages, from the numbers kept with the edition. */
class ChangeNoteSpec extends Specification {

    static final ChangeNote AMENDED = new ChangeNote(60, 1, 3, 0, 10_420L, 10_634L, 3, 3, null)

    def "in #language: #words"() {
        expect:
        AMENDED.words(Text.of(language)) == words

        where:
        language    || words
        Language.EN || "Returns amended: 3; returns added: 1; cases: +214 (from 10,420 to 10,634)"
        Language.FR || "Rapports modifiés : 3 ; rapports ajoutés : 1 ; affaires : +214 (de 10\u202f420 à 10\u202f634)"
        Language.ES || "Informes modificados: 3; informes añadidos: 1; casos: +214 (de 10.420 a 10.634)"
        Language.RU || "Изменено отчетов: 3; добавлено отчетов: 1; дел: +214 (с 10\u00a0420 до 10\u00a0634)"
        Language.ZH || "修订的报告：3；新增的报告：1；案件：+214（从10,420到10,634）"
        Language.AR || "التقارير المعدَّلة: 3؛ التقارير المضافة: 1؛ القضايا: +214 (من 10,420 إلى 10,634)"
    }

    def "every language says every part, with its numbers"() {
        given:
        def note = new ChangeNote(61, 2, 5, 1, 1_000L, 900L, 3, 5, "A note")

        expect:
        Language.values().every { language ->
            String words = note.words(Text.of(language))
            def t = Text.of(language)
            [t.number(5), t.number(2), t.number(1), t.number(100), t.number(1000), t.number(900)].every { words.contains(it) } &&
                    !words.contains("{") && !words.contains("publish.")
        }
        note.words(Text.ENGLISH) == "Returns amended: 5; returns added: 2; returns withdrawn: 1; cases: −100 (from 1,000 to 900); " +
                "cell suppression threshold: 5 (was 3)"
    }

    def "the first edition says so, and an edition that changes no return says that"() {
        expect:
        new ChangeNote(59, 59, 0, 0, null, 10_420L, null, 3, null).words(Text.ENGLISH) == "First edition; returns counted: 59; cases: 10,420"
        new ChangeNote(59, 0, 0, 0, 10_420L, 10_420L, 3, 5, null).words(Text.ENGLISH) ==
                "No return changed; cases unchanged (10,420); cell suppression threshold: 5 (was 3)"
    }

    def "nothing changed means the same versions under the same threshold"() {
        expect:
        new ChangeNote(59, 0, 0, 0, 10L, 10L, 3, 3, null).nothingChanged()
        !new ChangeNote(59, 0, 0, 0, 10L, 10L, 3, 4, null).nothingChanged()
        !new ChangeNote(59, 0, 1, 0, 10L, 10L, 3, 3, null).nothingChanged()
        !new ChangeNote(59, 59, 0, 0, null, 10L, null, 3, null).nothingChanged()
    }

    def "with the analyst's note, the note follows the change as written"() {
        expect:
        AMENDED.withNote(Text.ENGLISH) == AMENDED.words(Text.ENGLISH)
        new ChangeNote(60, 1, 3, 0, 10_420L, 10_634L, 3, 3, "Kenya corrected line 4.").withNote(Text.ENGLISH) ==
                "Returns amended: 3; returns added: 1; cases: +214 (from 10,420 to 10,634). Kenya corrected line 4."
        new ChangeNote(60, 1, 3, 0, 10_420L, 10_634L, 3, 3, "肯尼亚更正了第4行。").withNote(Text.of(Language.ZH)).endsWith("）。肯尼亚更正了第4行。")
    }
}
