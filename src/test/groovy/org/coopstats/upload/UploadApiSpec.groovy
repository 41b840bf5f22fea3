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

@MicronautTest(transactional = false)
class UploadApiSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    UploadFixture fixture
    UploadClient system

    def setup() {
        fixture = new UploadFixture(database, http, server).kenyaDraft()
        system = fixture.officer()
    }

    def cleanup() {
        fixture.clean()
    }

    def "a State's system posts its CSV file and follows the upload until its lines are in the return"() {
        when:
        def response = system.uploadApi("2031", CaseLineCsv.file(12), "replace")
        def accepted = UploadClient.JSON.readValue(response.body(), Map)

        then:
        response.status == HttpStatus.ACCEPTED
        response.header("Location") == "/api/returns/2031/uploads/${accepted.id}"
        accepted.statusUrl == response.header("Location")
        accepted.page == "/returns/2031/uploads/${accepted.id}"

        when:
        def status = system.finished("2031", accepted.id as String)

        then:
        with(status) {
            it.status == "DONE"
            finished
            mode == "replace"
            totalRows == 12 && rowsRead == 12 && rowsValidated == 12 && rowsWritten == 12
            linesBefore == 0 && linesAfter == 12
            problemCount == 0 && problems == []
            report == "/api/returns/2031/uploads/${accepted.id}/report.csv"
        }
        fixture.lineCount() == 12
    }

    def "a file with problems: the status lists the first 200 and counts them all, the report has every one"() {
        given:
        def rows = CaseLineCsv.lines(300).collect { it + [informal_consultation: "MAYBE"] }

        when:
        def response = system.uploadApi("2031", CaseLineCsv.utf8(CaseLineCsv.text(rows)), "add")
        def status = system.finished("2031", UploadClient.JSON.readValue(response.body(), Map).id as String)
        def report = system.getAny(status.report as String)

        then:
        status.status == "REJECTED"
        status.problemCount == 300
        status.problems.size() == 200
        status.problems[0] == [row: 2, column: "informal_consultation", value: "MAYBE",
                               message: '"MAYBE" is not an informal consultation code. The list of codes shows every allowed value.']
        report.status == HttpStatus.OK
        CSVFormat.RFC4180.parse(new StringReader(report.body().replaceFirst("^\uFEFF", ""))).records.size() == 301
        fixture.lineCount() == 0
    }

    def "#problem is answered with #status and a JSON message"() {
        when:
        def response = system.uploadApi(cycle, file, mode)
        def body = UploadClient.JSON.readValue(response.body(), Map)

        then:
        response.status == status
        response.contentType.get().toString().startsWith("application/json")
        body.status == status.code
        body.message.contains(message)

        where:
        problem              | cycle  | mode      | file                                                                      || status                          | message
        "an unknown column"  | "2031" | "add"     | CaseLineCsv.utf8(CaseLineCsv.text([], CaseLineCsv.COLUMNS + ["extra"]))   || HttpStatus.UNPROCESSABLE_ENTITY | 'not in the template: "extra"'
        "a Latin-1 file"     | "2031" | "add"     | CaseLineCsv.encoded(CaseLineCsv.text([CaseLineCsv.line(0) + [note: "Bogotá"]]), "ISO-8859-1") || HttpStatus.UNPROCESSABLE_ENTITY | "Save the file as"
        "a missing mode"     | "2031" | null      | CaseLineCsv.file(1)                                                       || HttpStatus.BAD_REQUEST          | "?mode=replace"
        "an unknown mode"    | "2031" | "merge"   | CaseLineCsv.file(1)                                                       || HttpStatus.BAD_REQUEST          | "?mode=add"
        "an unknown cycle"   | "1999" | "add"     | CaseLineCsv.file(1)                                                       || HttpStatus.NOT_FOUND            | "There is nothing at /api/returns/1999/uploads"
    }

    def "an upload that does not exist is not found, as JSON"() {
        when:
        def response = system.getAny("/api/returns/2031/uploads/${UUID.randomUUID()}")

        then:
        response.status == HttpStatus.NOT_FOUND
        response.body().contains('"status":404')
    }
}
