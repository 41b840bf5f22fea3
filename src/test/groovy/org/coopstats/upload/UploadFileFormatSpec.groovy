package org.coopstats.upload

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import static org.coopstats.upload.CaseLineCsv.encoded
import static org.coopstats.upload.CaseLineCsv.line
import static org.coopstats.upload.CaseLineCsv.text
import static org.coopstats.upload.CaseLineCsv.utf8
import static org.coopstats.upload.UploadClient.text as pageText

@MicronautTest(transactional = false)
class UploadFileFormatSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    UploadFixture fixture
    UploadClient officer

    static final List<Map<String, String>> LINES = [
            line(0) + [note: "Dossier n° 12 – São Paulo, «urgent»"],
            line(1) + [counterpart_iso3: "", legal_instrument: "", case_count: "", requested_on: "", completed_on: ""],
            line(2) + [outcome: "REFUSED", refusal_ground: "NO_DUAL_CRIMINALITY", completed_on: "2031-05-02", note: ""]]

    static final List<String> SHUFFLED = ["note", "outcome", "case_count", "direction", "cooperation_type",
                                          "completed_on", "channel", "counterpart_iso3", "refusal_ground",
                                          "legal_basis_category", "informal_consultation", "offence_type",
                                          "requested_on", "electronic_evidence", "legal_instrument"]

    def setup() {
        fixture = new UploadFixture(database, http, server).kenyaDraft()
        officer = fixture.officer()
    }

    def cleanup() {
        fixture.clean()
    }

    def "a file #variant is read, and every line is stored as it was written"() {
        when:
        def upload = officer.uploadAndWait("2031", file, "replace")

        then:
        upload.status == "DONE"
        fixture.storedLines() == expected.collect { UploadFixture.asStored(it) }

        where:
        variant                                            | file                                                              || expected
        "in UTF-8 with a byte-order mark"                  | utf8(text(LINES), true)                                           || LINES
        "in UTF-8 without a byte-order mark"               | utf8(text(LINES))                                                 || LINES
        "with semicolons between the cells"                | utf8(text(LINES, CaseLineCsv.COLUMNS, ';' as char), true)                     || LINES
        "with the columns in another order"                | utf8(text(LINES, SHUFFLED))                                       || LINES
        "with column names in capitals and spaces"         | utf8(text(LINES).replaceFirst("cooperation_type,", " COOPERATION_TYPE ,")) || LINES
        "with Unix line ends"                              | utf8(text(LINES).replace("\r\n", "\n"))                           || LINES
        "with empty rows at the end, as spreadsheets save" | utf8(text(LINES, CaseLineCsv.COLUMNS, ';' as char) + ";;;;\r\n\r\n;;\r\n")    || LINES
        "with only the required columns"                   | utf8(text(LINES.take(2), CsvLayout.REQUIRED))                    || LINES.take(2).collect { it.subMap(CsvLayout.REQUIRED) }
        "with a note holding separators, quotes and a line break" | utf8(text([line(0) + [note: 'Says "urgent";\nsee file, p. 2']]))     || [line(0) + [note: 'Says "urgent";\nsee file, p. 2']]
    }

    def "#problem: the file is refused as a whole, with a message that says how to fix it"() {
        given:
        officer.uploadAndWait("2031", CaseLineCsv.file(2), "replace")

        when:
        def response = officer.uploadPage("2031", file, "replace")

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        messages.every { pageText(response.body()).contains(it) }

        and: "the return keeps its lines"
        fixture.lineCount() == 2

        where:
        problem                       | file                                                                || messages
        "an unknown column"           | utf8(text(LINES, CaseLineCsv.COLUMNS + ["colour"]))                             || ['a column that is not in the template: "colour"', "The allowed columns are: cooperation_type, direction"]
        "a missing required column"   | utf8(text(LINES, CaseLineCsv.COLUMNS - ["outcome", "channel"]))                 || ['has no columns "channel", "outcome"', "Every file needs these columns"]
        "a column named twice"        | utf8(text(LINES, CaseLineCsv.COLUMNS + ["note"]))                               || ['The column "note" appears twice']
        "a Latin-1 file"              | encoded(text(LINES), "ISO-8859-1")                                  || ["not in UTF-8: row 2", 'Save the file as "CSV UTF-8"']
        "a Windows-1252 file"         | encoded(text([line(0), line(1) + [note: "Grüße – 5 €"]]), "windows-1252") || ["not in UTF-8: row 3", 'Save the file as "CSV UTF-8"']
        "a UTF-16 file (little end)"  | encoded("\uFEFF" + text(LINES), "UTF-16LE")                          || ["saved as UTF-16", 'Save the file as "CSV UTF-8"']
        "a UTF-16 file (big end)"     | encoded(text(LINES), "UTF-16")                                      || ["saved as UTF-16", 'Save the file as "CSV UTF-8"']
        "a UTF-16 file with no mark"  | encoded(text(LINES), "UTF-16LE")                                    || ["NUL bytes (row 1)", "UTF-16", 'Save the file as "CSV UTF-8"']
        "a file with only the header" | utf8(text([]))                                                      || ["The file has no case lines"]
        "an empty file"               | new byte[0]                                                         || ["The file is empty"]
        "a tab-separated file"        | utf8(text(LINES, CaseLineCsv.COLUMNS, '\t' as char))                            || ["The header has only one column: separate the columns with commas or semicolons"]
    }

    def "cells that look like formulas are stored as text, exactly as written"() {
        given:
        def notes = ['=HYPERLINK("http://evil.example","click")', "+1+2", "-3", "@SUM(A1:A9)", "=1+1"]

        when:
        def upload = officer.uploadAndWait("2031", utf8(text(notes.withIndex().collect { note, i -> line(i) + [note: note] })), "replace")

        then:
        upload.status == "DONE"
        fixture.storedLines()*.note == notes
    }

    def "a formula in a code column is an unknown code, and +5 is not a number of cases"() {
        when:
        def upload = officer.uploadAndWait("2031", utf8(text([line(0) + [offence_type: "=1+1"], line(1) + [case_count: "+5"],
                                                              line(2) + [counterpart_iso3: "@BRA"]])), "add")

        then:
        upload.status == "REJECTED"
        upload.problems.collect { [it.row, it.column, it.value] } == [[2, "offence_type", "=1+1"], [3, "case_count", "+5"],
                                                                      [4, "counterpart_iso3", "@BRA"]]
        upload.problems[0].message.contains('"=1+1" is not an offence code')
        upload.problems[1].message.contains("must be a whole number")
        fixture.lineCount() == 0
    }
}
