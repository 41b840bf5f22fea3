package org.coopstats.upload

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import static org.coopstats.upload.CaseLineCsv.line
import static org.coopstats.upload.CaseLineCsv.lines
import static org.coopstats.upload.CaseLineCsv.text
import static org.coopstats.upload.CaseLineCsv.utf8
import static org.coopstats.upload.UploadClient.text as pageText

/**
 * An officer reads the upload's pages, its problems and its report in the language they chose;
 * the JSON API keeps answering in English, beside the codes systems read.
 */
@MicronautTest(transactional = false)
class UploadInLanguagesSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    UploadFixture fixture
    UploadClient officer

    def setup() {
        fixture = new UploadFixture(database, http, server).kenyaDraft()
        officer = fixture.officer()
    }

    def cleanup() {
        fixture.clean()
    }

    def "a file with two wrong rows is reported in Russian on the page and in the report, and in English by the API"() {
        given: "the officer reads in Russian"
        officer.get("/returns/2031/upload?lang=ru")
        def rows = lines(3)
        rows[0] += [outcome: "DONE"]
        rows[2] += [case_count: "0"]

        when:
        def upload = officer.uploadAndWait("2031", utf8(text(rows)), "replace")
        // Russian groups digits with a no-break space: compared here as a plain one
        def page = pageText(officer.get("/returns/2031/uploads/${upload.id}").body()).replaceAll(/[\u00A0\u202F]/, " ")
        def report = officer.get("/returns/2031/uploads/${upload.id}/report.csv").body()
        def records = CSVFormat.RFC4180.parse(new StringReader(report.replaceFirst("^\uFEFF", ""))).records*.toList()

        then: "the page, its plural included"
        page.contains('<html lang="ru" dir="ltr">')
        page.contains('В файле <strong id="problem-count">2</strong> ошибки.')
        page.contains("«DONE» — не код результата.")
        page.contains("Число дел должно быть целым числом от 1 до 100 000 (а не «0»).")
        page.contains(">Строка<") && page.contains(">Столбец<")

        and: "the report keeps the column codes and kinds, with the messages in Russian"
        records.drop(1).collect { [it[0], it[1], it[4]] } == [["2", "outcome", "error"], ["4", "case_count", "error"]]
        records[1][3].startsWith("«DONE» — не код результата.")

        and: "the API says the same in English"
        upload.problems*.message == ['"DONE" is not an outcome code. The list of codes shows every allowed value.',
                                     'The number of cases must be a whole number from 1 to 100,000 (not "0").']
        !upload.problems[0].containsKey("said")
    }

    def "#language: a file refused as a whole says why in the officer's language"() {
        given:
        officer.get("/returns/2031/upload?lang=$language")

        when:
        def response = officer.uploadPage("2031", utf8(text([line(0)], CaseLineCsv.COLUMNS + ["colour"])), "replace")

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        pageText(response.body()).contains(message)

        where:
        language || message
        "zh"     || '标题行（第 1 行）中有一列不在模板中："colour"。'
        "ar"     || 'في صف العناوين (الصف 1) عمود غير موجود في النموذج: \u2068"colour"\u2069.'
        "es"     || 'El encabezado (fila 1) tiene una columna que no está en la plantilla: "colour".'
        "en"     || 'The header (row 1) has a column that is not in the template: "colour".'
    }

    def "the form says how many lines the draft has with the plural of the language"() {
        given:
        officer.uploadAndWait("2031", CaseLineCsv.file(count), "replace")

        expect:
        pageText(officer.get("/returns/2031/upload?lang=$language").body()).contains(sentence)

        where:
        language | count || sentence
        "ru"     | 2     || 'Сейчас в черновике: <strong id="current-lines">2</strong> строки.'
        "ru"     | 5     || 'Сейчас в черновике: <strong id="current-lines">5</strong> строк.'
        "ar"     | 1     || "في المسودة الآن: سطر واحد."
        "fr"     | 1     || 'Le brouillon compte maintenant <strong id="current-lines">1</strong> ligne.'
        "en"     | 1     || 'The draft has <strong id="current-lines">1</strong> case line now.'
    }

    def "the list of codes gives the labels in the reader's language; the column names and codes stay"() {
        when:
        def rows = CSVFormat.RFC4180.parse(new StringReader(officer.getAny("/csv/codes.csv?lang=fr").body().replaceFirst("^\uFEFF", "")))
                .records*.toList()

        then:
        rows[0] == ["column", "code", "label", "belongs_to"]
        rows.contains(["outcome", "REFUSED", "Refusée", ""])
        rows.contains(["counterpart_iso3", "", "Non indiqué", ""])
        rows.contains(["counterpart_iso3", "TZA", "République-Unie de Tanzanie", ""])
    }
}
