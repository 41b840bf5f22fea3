package org.coopstats.upload

import io.micronaut.context.annotation.Property
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.TestDatabase
import spock.lang.Specification

import static org.coopstats.upload.UploadClient.text as pageText

/**
 * The limits, lowered so the files stay small: 20 case lines and 6,000 bytes. The service's own
 * 50 MB and 200,000 lines are checked in UploadModesSpec.
 */
@MicronautTest(transactional = false)
@Property(name = "coopstats.upload.max-rows", value = "20")
@Property(name = "coopstats.upload.max-bytes", value = "6000")
class UploadLimitsSpec extends Specification {

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

    def "a file of #count case lines is #outcome through the page"() {
        when:
        def response = officer.uploadPage("2031", CaseLineCsv.file(count), "replace")

        then:
        response.status == status
        pageText(response.body()).contains(message)
        status != HttpStatus.SEE_OTHER || officer.finished("2031", UploadClient.idIn(response)).status == "DONE"

        where:
        count || status                            | message                                 | outcome
        20    || HttpStatus.SEE_OTHER              | ""                                      | "taken"
        21    || HttpStatus.REQUEST_ENTITY_TOO_LARGE | "The file has more than 20 case lines" | "refused"
    }

    def "a file of more case lines than allowed is refused through the API too, and nothing is written"() {
        when:
        def response = officer.uploadApi("2031", CaseLineCsv.file(21), "replace")

        then:
        response.status == HttpStatus.REQUEST_ENTITY_TOO_LARGE
        response.body().contains("The file has more than 20 case lines")
        fixture.lineCount() == 0
    }

    def "blank rows at the end do not count as case lines"() {
        when:
        def upload = officer.uploadAndWait("2031", CaseLineCsv.utf8(CaseLineCsv.text(CaseLineCsv.lines(20)) + ",,,\r\n" * 5), "add")

        then:
        upload.status == "DONE"
        upload.linesAfter == 20
    }

    def "a file larger than allowed is refused through the #route, and nothing is written"() {
        given: "fewer than 20 lines, with long notes"
        byte[] file = CaseLineCsv.utf8(CaseLineCsv.text(CaseLineCsv.lines(19).collect { it + [note: "n" * 190] }))
        assert file.length > 6000

        when:
        def response = route == "page" ? officer.uploadPage("2031", file, "add") : officer.uploadApi("2031", file, "add")

        then:
        response.status == HttpStatus.REQUEST_ENTITY_TOO_LARGE
        pageText(response.body()).contains("The file is larger than 6,000 bytes, the most one upload can take")
        response.header("Connection") == "close"
        fixture.lineCount() == 0

        where:
        route << ["page", "API"]
    }

    def "an upload that declares a length over the limit is refused before its body is sent"() {
        when: "the request says 1 MB is coming, and only the headers are sent"
        def answer = RawHttp.post(server.URL, "/api/returns/2031/uploads?mode=add", officer.cookies,
                ["Content-Type": "text/csv", "Content-Length": "1000000", "Origin": officer.origin, "X-CSRF-Token": officer.apiCsrfToken()], new byte[0])

        then:
        answer.startsWith("HTTP/1.1 413")
        answer.contains("The file is larger than 6,000 bytes")
    }

    def "an upload sent in chunks, with no length declared, is refused as soon as it passes the limit"() {
        when:
        def answer = RawHttp.postChunked(server.URL, "/api/returns/2031/uploads?mode=add", officer.cookies,
                ["Content-Type": "text/csv", "Origin": officer.origin, "X-CSRF-Token": officer.apiCsrfToken()], CaseLineCsv.utf8(CaseLineCsv.text(CaseLineCsv.lines(19).collect { it + [note: "n" * 190] })))

        then:
        answer.startsWith("HTTP/1.1 413")
        answer.contains("The file is larger than 6,000 bytes")
        fixture.lineCount() == 0
    }

    def "other addresses keep a 10 MB limit on what they are sent"() {
        when:
        def answer = RawHttp.post(server.URL, "/sign-in", [:],
                ["Content-Type": "application/x-www-form-urlencoded", "Content-Length": "11000000"], new byte[0])

        then:
        answer.startsWith("HTTP/1.1 413")
        answer.contains("This address takes at most 10 MB")
    }
}
