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

@MicronautTest(transactional = false)
class UploadReportSpec extends Specification {

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

    def "a file with problems saves nothing, and its report lists each problem by the row the spreadsheet shows"() {
        given: "rows 3 and 5 are wrong, row 5 twice"
        def rows = lines(4)
        rows[1] += [outcome: "DONE"]
        rows[3] += [counterpart_iso3: "KEN", requested_on: "31/03/2031", note: "-2 then =cmd|' /C calc'!A0"]

        when:
        def upload = officer.uploadAndWait("2031", utf8(text(rows)), "replace")
        def page = officer.get("/returns/2031/uploads/${upload.id}")
        def report = officer.get("/returns/2031/uploads/${upload.id}/report.csv")
        def records = CSVFormat.RFC4180.parse(new StringReader(report.body().replaceFirst("^\uFEFF", ""))).records*.toList()

        then:
        upload.status == "REJECTED"
        upload.problemCount == 3
        fixture.lineCount() == 0

        and: "the page shows the problems and links to the report"
        page.status == HttpStatus.OK
        with(pageText(page.body())) {
            contains("Nothing was saved")
            contains('id="problem-count">3<')
            contains('"DONE" is not an outcome code')
            contains("The counterpart cannot be your own State")
            contains('href="/returns/2031/uploads/' + upload.id + '/report.csv"')
            !contains('http-equiv="refresh"')
        }

        and: "the report is a CSV file that reads back, every problem in it"
        report.status == HttpStatus.OK
        report.header("Content-Disposition").contains("attachment")
        records[0] == ["row", "column", "value", "message", "kind"]
        records.drop(1).collect { it.take(3) + [it[4]] } == [["3", "outcome", "DONE", "error"],
                                                              ["5", "counterpart_iso3", "KEN", "error"],
                                                              ["5", "requested_on", "31/03/2031", "error"]]
    }

    def "report cells a spreadsheet would run as formulas start with an apostrophe"() {
        given:
        def rows = [line(0) + [offence_type: "=HYPERLINK(\"http://evil.example\")"], line(1) + [case_count: "+5"],
                    line(2) + [channel: "-1"], line(3) + [outcome: "@SUM(A1)"], line(4) + [direction: "\tOUTGOING\t=1"]]

        when:
        def upload = officer.uploadAndWait("2031", utf8(text(rows)), "add")
        def report = officer.get("/returns/2031/uploads/${upload.id}/report.csv").body()
        def values = CSVFormat.RFC4180.parse(new StringReader(report.replaceFirst("^\uFEFF", ""))).records.drop(1).collect { it.get(2) }

        then:
        values == ["'=HYPERLINK(\"http://evil.example\")", "'+5", "'-1", "'@SUM(A1)", "'\tOUTGOING\t=1"]
    }

    def "the page lists the first 200 problems and says how many there are; the report has them all"() {
        when:
        def upload = officer.uploadAndWait("2031", utf8(text(lines(250).collect { it + [channel: "PIGEON"] })), "replace")
        def page = pageText(officer.get("/returns/2031/uploads/${upload.id}").body())
        def report = officer.get("/returns/2031/uploads/${upload.id}/report.csv").body()

        then:
        upload.problemCount == 250
        upload.problems.size() == 200
        upload.problems.first().row == 2 && upload.problems.last().row == 201
        page.contains('id="problem-count">250<')
        page.contains("The first 200 problems are below; the CSV list has all 250.")
        page.count('"PIGEON" is not a channel code') == 200
        CSVFormat.RFC4180.parse(new StringReader(report)).records.size() == 251
    }

    def "dates far outside the period do not stop the upload: the rows are counted and the first listed"() {
        given:
        def rows = lines(6)
        (0..3).each { rows[it] += [requested_on: "2020-01-0${it + 1}".toString(), completed_on: ""] }
        rows[4] += [completed_on: "2033-01-01"]

        when:
        def upload = officer.uploadAndWait("2031", utf8(text(rows)), "replace")
        def page = pageText(officer.get("/returns/2031/uploads/${upload.id}").body())

        then:
        upload.status == "DONE"
        upload.linesAfter == 6
        upload.rowsWithWarnings == 5
        upload.warnings*.row == [2, 3, 4, 5, 6]
        page.contains("5 rows have dates far outside the period")
        page.contains("The request date (2020-01-01) is more than 5 years before the period covered")
        page.contains("The completion date (2033-01-01) is after the end of the period covered")
    }

    def "a row that cannot be read, or that has more cells than the header, is reported by its row"() {
        when:
        def unclosed = officer.uploadAndWait("2031", utf8(text(lines(2)) + 'MLA,"OUTGOING,BRA\r\n' + text(lines(2)).readLines().drop(1).join("\r\n")), "add")
        def extra = officer.uploadAndWait("2031", utf8(text(lines(2)).replace("Case file 1", "Case file 1,surplus")), "add")

        then:
        unclosed.status == "REJECTED"
        unclosed.problems*.row == [4]
        unclosed.problems[0].message.contains("a cell that starts with a quotation mark")
        extra.status == "REJECTED"
        extra.problems.collect { [it.row, it.column, it.value] } == [[3, "column 16", "surplus"]]
        fixture.lineCount() == 0
    }
}
