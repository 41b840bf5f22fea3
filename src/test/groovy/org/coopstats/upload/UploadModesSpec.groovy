package org.coopstats.upload

import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import static org.coopstats.upload.UploadClient.text as pageText

@MicronautTest(transactional = false)
class UploadModesSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    @Inject
    UploadSettings settings

    UploadFixture fixture
    UploadClient officer

    def setup() {
        fixture = new UploadFixture(database, http, server).kenyaDraft()
        officer = fixture.officer()
    }

    def cleanup() {
        fixture.clean()
    }

    def "uploading the same file twice to replace the lines changes nothing"() {
        given:
        byte[] file = CaseLineCsv.file(25)

        when:
        def first = officer.uploadAndWait("2031", file, "replace", "kenya-2031.csv")
        def linesAfterFirst = fixture.storedLines()
        def second = officer.uploadAndWait("2031", file, "replace", "kenya-2031.csv")

        then:
        [first, second]*.status == ["DONE", "DONE"]
        fixture.storedLines() == linesAfterFirst
        linesAfterFirst.size() == 25
        second.linesBefore == 25 && second.linesAfter == 25
        second.casesBefore == second.casesAfter

        and: "each upload left one audit row saying what it did"
        def audit = fixture.uploadAudit()
        audit.size() == 2
        audit[0].actor == "officer.ken@justice.example" && audit[0].entity == "return"
        audit[0].before == [lines: 0, cases: 0]
        audit[0].after == [lines: 25, cases: first.casesAfter, mode: "replace", fileName: "kenya-2031.csv"]
        audit[1].before == [lines: 25, cases: first.casesAfter]
        audit[1].after == audit[0].after
    }

    def "adding a file keeps the lines there and adds the file's"() {
        given:
        officer.uploadAndWait("2031", CaseLineCsv.file(3), "replace")

        when:
        def added = officer.uploadAndWait("2031", CaseLineCsv.utf8(CaseLineCsv.text(CaseLineCsv.lines(2, 10))), "add")

        then:
        added.status == "DONE"
        added.linesBefore == 3 && added.linesAfter == 5
        fixture.storedLines()*.note == ["Case file 0", "Case file 1", "Case file 2", "Case file 10", "Case file 11"]
        fixture.uploadAudit().last().after.mode == "add"

        and: "the page says so"
        def page = officer.get("/returns/2031/uploads/${added.id}").body()
        page.contains("All 2 case lines of the file were saved")
        page.contains('id="lines-after">5<')
    }

    def "neither choice is made for the officer: without one the form asks for it and nothing is read"() {
        when:
        def form = officer.get("/returns/2031/upload").body()

        then:
        form.contains('name="mode" id="mode-replace" value="replace"')
        !(form =~ /<input[^>]*\bchecked/)
        form.contains('href="/csv/template.csv"') && form.contains('href="/csv/codes.csv"')

        when:
        def response = officer.uploadPage("2031", CaseLineCsv.file(2), null)

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains("Choose whether the file replaces the lines of the return or is added to them.")
        fixture.lineCount() == 0
    }

    def "a form sent without a file asks for one"() {
        when:
        def response = officer.uploadPage("2031", new byte[0], "add", "")

        then:
        response.status == HttpStatus.UNPROCESSABLE_ENTITY
        response.body().contains("Choose the CSV file to upload.")
        response.body().contains('value="add" checked')
    }

    def "a return that is not a draft takes no upload: make a new version first"() {
        given:
        def submittedCycle = database.insertCycle("2030", 2030)
        database.insertSubmittedReturn(submittedCycle, "KEN")

        when:
        def form = officer.get("/returns/2030/upload")
        def page = officer.uploadPage("2030", CaseLineCsv.file(2), "replace")
        def api = officer.uploadApi("2030", CaseLineCsv.file(2), "replace")

        then:
        form.status == HttpStatus.OK
        pageText(form.body()).contains("This return is submitted, so its lines cannot change. To correct it, make a new version first")
        !form.body().contains('type="file"')
        page.status == HttpStatus.CONFLICT
        pageText(page.body()).contains("make a new version first")
        api.status == HttpStatus.CONFLICT
        api.body().contains("make a new version first")
    }

    def "a State that has not started its return is told to start it; an unknown cycle is not found"() {
        given:
        database.insertCycle("2032", 2032)

        expect:
        pageText(officer.get("/returns/2032/upload").body()).contains("Your State has no return for 2032 yet")
        officer.uploadPage("2032", CaseLineCsv.file(1), "add").status == HttpStatus.CONFLICT
        officer.get("/returns/1999/upload").status == HttpStatus.NOT_FOUND
        officer.uploadApi("1999", CaseLineCsv.file(1), "add").status == HttpStatus.NOT_FOUND
    }

    def "the limits configured for the service are 50 MB and 200,000 case lines a file"() {
        expect: "the test configuration does not change them"
        settings.maxBytes() == 50L * 1024 * 1024
        settings.maxRows() == 200_000
        settings.maxSizeText() == "50 MB"

        and: "Micronaut's own limits let a 50 MB file and its form through"
        def server = server.applicationContext.getBean(io.micronaut.http.server.HttpServerConfiguration)
        server.maxRequestSize >= settings.maxBytes() + Uploads.FORM_OVERHEAD
        server.multipart.maxFileSize >= settings.maxBytes()
    }
}
