package org.coopstats.upload

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.MediaType
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import spock.lang.Specification

@MicronautTest(transactional = false)
class UploadAccessSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    UploadFixture fixture
    UploadClient kenya
    String rejectedId

    def setup() {
        fixture = new UploadFixture(database, http, server).kenyaDraft()
        database.insertDraftReturn(fixture.cycleId, "PER")
        kenya = fixture.officer("KEN")
        rejectedId = kenya.uploadAndWait("2031", CaseLineCsv.utf8(CaseLineCsv.text([CaseLineCsv.line(0) + [direction: "SIDEWAYS"]])), "add").id
    }

    def cleanup() {
        fixture.clean()
    }

    def "another State's officer is told that Kenya's upload does not exist, on the pages and in the API"() {
        given:
        def peru = fixture.officer("PER")

        expect:
        kenya.getAny(address(path)).status == HttpStatus.OK
        peru.getAny(address(path)).status == HttpStatus.NOT_FOUND

        where:
        path << ["/returns/2031/uploads/ID", "/returns/2031/uploads/ID/report.csv",
                 "/api/returns/2031/uploads/ID", "/api/returns/2031/uploads/ID/report.csv"]
    }

    def "an upload is found only under its own cycle, and an unknown id is not found"() {
        given:
        database.insertCycle("2030", 2030)

        expect:
        kenya.get("/returns/2030/uploads/$rejectedId").status == HttpStatus.NOT_FOUND
        kenya.get("/returns/2031/uploads/${UUID.randomUUID()}").status == HttpStatus.NOT_FOUND
        kenya.getAny("/api/returns/2031/uploads/${UUID.randomUUID()}").status == HttpStatus.NOT_FOUND
    }

    def "an analyst can neither open the upload form nor upload"() {
        given:
        def analyst = fixture.signedIn("ANALYST")

        expect:
        analyst.get("/returns/2031/upload").status == HttpStatus.FORBIDDEN
        analyst.postMultipart("/returns/2031/upload", form("x"), analyst.origin).status == HttpStatus.FORBIDDEN
        analyst.uploadApi("2031", CaseLineCsv.file(1), "add").status == HttpStatus.FORBIDDEN
        analyst.get("/returns/2031/uploads/$rejectedId").status == HttpStatus.FORBIDDEN
        fixture.lineCount() == 0
    }

    def "someone not signed in is sent to sign in, and an API client gets a 401"() {
        given:
        def anonymous = new UploadClient(new SignedInClient(http.toBlocking(), server.URL))

        when:
        def page = anonymous.get("/returns/2031/upload")

        then:
        page.status == HttpStatus.SEE_OTHER
        page.header("Location") == "/sign-in"
        anonymous.uploadApi("2031", CaseLineCsv.file(1), "add").status == HttpStatus.UNAUTHORIZED
        anonymous.get("/returns/2031/uploads/$rejectedId").status == HttpStatus.SEE_OTHER
    }

    def "an upload posted from another site is refused, and so is a form without its token"() {
        given:
        String token = SignedInClient.csrfOn(kenya.get("/account").body())

        when:
        def crossSitePage = kenya.postMultipart("/returns/2031/upload", form(token), "https://evil.example")
        def crossSiteApi = kenya.send(HttpRequest.POST("/api/returns/2031/uploads?mode=add", CaseLineCsv.file(1))
                .contentType(UploadClient.CSV).header("Origin", "https://evil.example"))
        def noToken = kenya.postMultipart("/returns/2031/upload", form("forged"), kenya.origin)

        then:
        crossSitePage.status == HttpStatus.FORBIDDEN
        crossSitePage.body().contains("This request came from another site")
        crossSiteApi.status == HttpStatus.FORBIDDEN
        noToken.status == HttpStatus.FORBIDDEN
        noToken.body().contains("This form has expired")
        fixture.lineCount() == 0
    }

    def "the API takes CSV only"() {
        expect:
        kenya.send(HttpRequest.POST("/api/returns/2031/uploads?mode=add", '{"lines": []}')
                .contentType(MediaType.APPLICATION_JSON_TYPE).header("Origin", kenya.origin)).status == HttpStatus.UNSUPPORTED_MEDIA_TYPE
    }

    private String address(String path) {
        path.replace("ID", rejectedId)
    }

    private static byte[] form(String token) {
        UploadClient.multipart(token, "add", "lines.csv", CaseLineCsv.file(1))
    }
}
