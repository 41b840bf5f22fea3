package org.coopstats.completeness

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpResponse
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.http.cookie.Cookie
import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.apache.commons.csv.CSVRecord
import org.coopstats.support.SignedInClient
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import javax.imageio.ImageIO

import static org.coopstats.completeness.CompletenessFixture.returnOf
import static org.coopstats.db.Tables.STATE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * A cycle with a return in every status: on time, late, accepted, an amended return whose
 * version 2 was submitted late, returned, a first draft, accepted and returned returns with an
 * amendment in draft, a submitted return with an amendment in draft, and a return from a State
 * that is not a party (never listed).
 */
@MicronautTest(transactional = false)
class CompletenessSpec extends Specification {

    static final List<String> STATUSES = ["NONE", "DRAFT", "ON_TIME", "LATE", "RETURNED", "ACCEPTED"]

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    EmbeddedServer server

    SignedInClient analyst
    Long kenya

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        Long older = database.insertCycle("2029", 2029)
        returnOf(database, older, "JPN", 1, "ACCEPTED", false, [9])
        Long cycle = database.insertCycle("2030", 2030)
        kenya = returnOf(database, cycle, "KEN", 1, "SUBMITTED", false, [3, 1])
        returnOf(database, cycle, "NGA", 1, "SUBMITTED", true, [2])
        returnOf(database, cycle, "FRA", 1, "ACCEPTED", false, [5])
        returnOf(database, cycle, "DEU", 1, "ACCEPTED", false, [1])
        returnOf(database, cycle, "DEU", 2, "SUBMITTED", true, [1, 1, 1])
        returnOf(database, cycle, "BRA", 1, "RETURNED", false, [1])
        returnOf(database, cycle, "JPN", 1, "DRAFT", false, [1])
        returnOf(database, cycle, "ITA", 1, "ACCEPTED", true, [7])
        returnOf(database, cycle, "ITA", 2, "DRAFT", false, [7, 2])
        returnOf(database, cycle, "PER", 1, "RETURNED", false, [4])
        returnOf(database, cycle, "PER", 2, "DRAFT", false, [4])
        returnOf(database, cycle, "ESP", 1, "SUBMITTED", false, [2])
        returnOf(database, cycle, "ESP", 2, "DRAFT", false, [2, 2])
        returnOf(database, cycle, "IRN", 1, "SUBMITTED", false, [1])
        database.account("analyst@unodc.example", "analyst passphrase", "ANALYST")
        database.account("admin@unodc.example", "admin passphrase", "ADMIN")
        database.account("officer@justice.example", "officer passphrase", "OFFICER", "KEN")
        analyst = signedIn("analyst@unodc.example", "analyst passphrase")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "the CSV gives each State party its status, version, submission, lines and cases"() {
        when:
        def response = download(analyst, "/completeness/2030/states.csv")
        Map<String, CSVRecord> rows = csv(response.body()).collectEntries { [(it.get("iso3")): it] }

        then:
        response.status == HttpStatus.OK
        response.contentType.get().toString().startsWith("text/csv")
        rows.size() == parties()
        !rows.containsKey("IRN")

        and:
        row(rows.KEN) == ["ON_TIME", "Submitted on time", "1", "2031-02-01T10:00:00Z", "false", "2", "4", ""]
        row(rows.NGA) == ["LATE", "Submitted late", "1", "2031-04-01T10:00:00Z", "true", "1", "2", ""]
        row(rows.FRA) == ["ACCEPTED", "Accepted", "1", "2031-02-01T10:00:00Z", "false", "1", "5", ""]
        row(rows.DEU) == ["LATE", "Submitted late", "2", "2031-04-01T10:00:00Z", "true", "3", "3", ""]
        row(rows.BRA) == ["RETURNED", "Returned for correction", "1", "2031-02-01T10:00:00Z", "false", "1", "1", ""]
        row(rows.JPN) == ["DRAFT", "Draft, not submitted", "1", "", "", "1", "1", ""]
        row(rows.ITA) == ["ACCEPTED", "Accepted", "1", "2031-04-01T10:00:00Z", "true", "1", "7", "2"]
        row(rows.PER) == ["RETURNED", "Returned for correction", "1", "2031-02-01T10:00:00Z", "false", "1", "4", "2"]
        row(rows.ESP) == ["ON_TIME", "Submitted on time", "1", "2031-02-01T10:00:00Z", "false", "1", "2", "2"]
        row(rows.AUS) == ["NONE", "No return", "", "", "", "0", "0", ""]

        and: "region and sub-region come with their codes"
        [rows.KEN.get("region_code"), rows.KEN.get("region"), rows.KEN.get("subregion_code"), rows.KEN.get("subregion")] ==
                ["AFRICA", "Africa", "SUB_SAHARAN_AFRICA", "Sub-Saharan Africa"]
        rows.EUU.get("subregion") == ""
    }

    def "the CSV counts by region and status are exactly the fixture's"() {
        when:
        List<CSVRecord> rows = csv(download(analyst, "/completeness/2030/states.csv").body())

        then:
        counts(rows) == expectedCounts()
    }

    def "the page counts by status and by region and status, with totals"() {
        when:
        def response = analyst.get("/completeness/2030")
        String html = response.body()

        then:
        response.status == HttpStatus.OK
        html.contains("8 of ${parties()} States parties have submitted a return")
        html.contains("3 of them after the deadline")

        and: "by status"
        rows(html, "status-counts") == [
                ["No return", "${parties() - 9}"], ["Draft, not submitted", "1"], ["Submitted on time", "2"],
                ["Submitted late", "2"], ["Returned for correction", "2"], ["Accepted", "2"]]*.collect { it.toString() }

        and: "by region and status, with the totals row"
        def expected = expectedCounts()
        def regionRows = rows(html, "region-counts")
        regionRows.size() == 5
        regionRows.collectEntries { [(it[0]): it.drop(1)] } == [
                "Africa"  : line(expected.AFRICA), "Americas": line(expected.AMERICAS), "Asia": line(expected.ASIA),
                "Europe"  : line(expected.EUROPE), "Oceania": line(expected.OCEANIA)]
        footer(html, "region-counts") == ["Total", "${parties() - 9}", "1", "2", "2", "2", "2", "${parties()}"]*.toString()
    }

    def "the list says each status in words and offers review for the submitted returns only"() {
        when:
        String html = analyst.get("/completeness/2030").body()

        then:
        statusText(html, "KEN") == "Submitted on time"
        statusText(html, "DEU") == "Submitted late"
        statusText(html, "ITA") == "Accepted; amendment (version 2) in draft"
        statusText(html, "AUS") == "No return"
        html.contains("href=\"/review/${kenya}?from=completeness\" aria-label=\"Review the return of Kenya\"")
        html.contains("aria-label=\"Review the return of Germany\"")
        html.contains("aria-label=\"View the return of France\"")

        and: "a submitted return whose State is amending it waits for the amendment, as on the review list"
        statusText(html, "ESP") == "Submitted on time; amendment (version 2) in draft"
        html.contains("aria-label=\"View the return of Spain\"")
        !html.contains("aria-label=\"Review the return of Spain\"")
        !html.contains("the return of Japan")
    }

    def "filters on region and status narrow the list, the page and the CSV alike"() {
        when:
        String html = analyst.get("/completeness/2030?region=africa&status=late").body()
        def csvRows = csv(download(analyst, "/completeness/2030/states.csv?region=AFRICA&status=LATE").body())

        then:
        listed(html) == ["NGA"]
        html.contains("Showing 1 of ${parties()} States parties")
        csvRows*.get("iso3") == ["NGA"]

        when:
        html = analyst.get("/completeness/2030?status=RETURNED&region=").body()

        then:
        listed(html) == ["BRA", "PER"]
    }

    def "without a cycle in the address the latest cycle is shown, with the others to choose from"() {
        when:
        String html = analyst.get("/completeness").body()

        then:
        html.contains("<h1>Completeness of returns: cycle 2030</h1>")
        html.contains("href=\"/completeness/2029\"")

        when:
        html = analyst.get("/completeness/2029").body()

        then:
        statusText(html, "JPN") == "Accepted"
        statusText(html, "KEN") == "No return"
    }

    def "a filter value that is not a code is answered 400, saying which values exist"() {
        when:
        def page = analyst.get("/completeness/2030?status=SENT")
        def file = download(analyst, "/completeness/2030/states.csv?region=ATLANTIS")

        then:
        page.status == HttpStatus.BAD_REQUEST
        page.body().contains("There is no status “SENT”. Use one of: NONE (No return), DRAFT (Draft, not submitted)")
        page.body().contains("The list below shows every State party.")
        listed(page.body()).size() == parties()

        and:
        file.status == HttpStatus.BAD_REQUEST
        file.body().contains("There is no region “ATLANTIS”. Use one of: AFRICA (Africa), AMERICAS (Americas)")
    }

    def "an unknown cycle is the 404 page"() {
        expect:
        analyst.get("/completeness/1999").status == HttpStatus.NOT_FOUND
        analyst.get("/completeness/1999").body().contains("Page not found")
        download(analyst, "/completeness/1999/states.csv").status == HttpStatus.NOT_FOUND
    }

    def "administrators see it too; officers are refused and anonymous people are sent to sign in"() {
        given:
        def admin = signedIn("admin@unodc.example", "admin passphrase")
        def officer = signedIn("officer@justice.example", "officer passphrase")
        def anonymous = new SignedInClient(http.toBlocking(), server.URL)

        expect:
        admin.get("/completeness/2030").status == HttpStatus.OK
        officer.get("/completeness").status == HttpStatus.FORBIDDEN
        officer.get("/completeness/2030").status == HttpStatus.FORBIDDEN
        download(officer, "/completeness/2030/states.csv").status == HttpStatus.FORBIDDEN

        and:
        def page = anonymous.get("/completeness/2030")
        page.status == HttpStatus.SEE_OTHER
        page.headers.get("Location") == "/sign-in"
    }

    def "bom=1 starts the CSV with a byte-order mark, and formula-looking names are neutralised"() {
        given:
        database.inTransaction { DSLContext db -> db.update(STATE).set(STATE.NAME_EN, "=HYPERLINK(\"x\")").where(STATE.ISO3.eq("AUS")).execute() }

        when:
        String body = download(analyst, "/completeness/2030/states.csv?bom=1").body()

        then:
        body.startsWith("\uFEFFiso3,name,region_code")
        csv(body.substring(1)).find { it.get("iso3") == "AUS" }.get("name") == "'=HYPERLINK(\"x\")"

        cleanup:
        database.inTransaction { DSLContext db -> db.update(STATE).set(STATE.NAME_EN, "Australia").where(STATE.ISO3.eq("AUS")).execute() }
    }

    def "the chart is a PNG of the drawn size and an SVG with its title; the page shows it with words"() {
        when:
        def png = binary(analyst, "/completeness/2030/chart.png")
        def image = ImageIO.read(new ByteArrayInputStream(png.body()))

        then:
        png.status == HttpStatus.OK
        png.contentType.get().toString() == "image/png"
        image.width == CompletenessChart.WIDTH
        image.height == CompletenessChart.HEIGHT

        when:
        def svg = analyst.send(HttpRequest.GET("/completeness/2030/chart.svg").accept("image/svg+xml"))

        then:
        svg.status == HttpStatus.OK
        svg.contentType.get().toString().startsWith("image/svg+xml")
        svg.body().contains("<svg")
        svg.body().contains("Returns of States parties for cycle 2030, by region and status")

        and: "the page's image says what it shows"
        analyst.get("/completeness/2030").body().contains(
                "<img src=\"/completeness/2030/chart.png\" width=\"1000\" height=\"520\" alt=\"Stacked bar chart: "
                        + "Returns of States parties for cycle 2030, by region and status. 8 of ${parties()} States parties "
                        + "have submitted a return. The table above gives every figure.\">")
    }

    def "charts are for the Secretariat only, and only for a known cycle"() {
        given:
        def officer = signedIn("officer@justice.example", "officer passphrase")

        expect:
        binary(officer, "/completeness/2030/chart.png").status == HttpStatus.FORBIDDEN
        binary(officer, "/completeness/2030/chart.svg").status == HttpStatus.FORBIDDEN
        binary(analyst, "/completeness/1999/chart.png").status == HttpStatus.NOT_FOUND
        binary(analyst, "/completeness/1999/chart.svg").status == HttpStatus.NOT_FOUND
    }

    def "the analysts' account page links to the completeness page"() {
        expect:
        analyst.get("/account").body().contains("<a href=\"/completeness\">Completeness of returns</a>")
    }

    def "a decision taken from the completeness page comes back to it, whatever else the address says"() {
        when:
        def response = analyst.postForm("/review/$kenya?from=completeness", "/review/$kenya/accept?from=completeness",
                [lockVersion: "0"])

        then:
        response.status == HttpStatus.SEE_OTHER
        response.headers.get("Location") == "/completeness/2030#state-KEN"
        database.inTransaction { DSLContext db -> db.fetchValue(STATE_RETURN.STATUS, STATE_RETURN.ID.eq(kenya)) } == "ACCEPTED"

        when: "any other value of from leads to the review list, as before"
        Long nigeria = database.inTransaction { DSLContext db ->
            db.fetchValue(STATE_RETURN.ID, STATE_RETURN.STATE_ISO3.eq("NGA")) }
        response = analyst.postForm("/review/$nigeria", "/review/$nigeria/accept?from=https://attacker.example",
                [lockVersion: "0"])

        then:
        response.headers.get("Location") == "/review"
    }

    /** As a browser follows a download link: HTML preferred, anything accepted. */
    private static HttpResponse<String> download(SignedInClient client, String path) {
        client.send(HttpRequest.GET(path).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
    }

    /** As a browser loads an image, keeping the bytes as they came. */
    private HttpResponse<byte[]> binary(SignedInClient client, String path) {
        def request = HttpRequest.GET(path).header("Accept", "image/avif,image/webp,image/svg+xml,image/*,*/*;q=0.8")
        client.cookies.each { name, value -> request.cookie(Cookie.of(name, value)) }
        try {
            http.toBlocking().exchange(request, byte[])
        } catch (HttpClientResponseException e) {
            e.response as HttpResponse<byte[]>
        }
    }

    private SignedInClient signedIn(String email, String password) {
        def client = new SignedInClient(http.toBlocking(), server.URL)
        client.signIn(email, password)
        client
    }

    private int parties() {
        database.inTransaction { DSLContext db -> db.fetchCount(STATE, STATE.UNTOC_PARTY.isTrue()) }
    }

    private int parties(String region) {
        database.inTransaction { DSLContext db -> db.fetchCount(STATE, STATE.UNTOC_PARTY.isTrue().and(STATE.REGION_CODE.eq(region))) }
    }

    /** What the fixture implies, worked out by hand from the States' regions. */
    private Map<String, Map<String, Integer>> expectedCounts() {
        def counts = [
                AFRICA  : [ON_TIME: 1, LATE: 1],
                AMERICAS: [RETURNED: 2],
                ASIA    : [DRAFT: 1],
                EUROPE  : [ACCEPTED: 2, LATE: 1, ON_TIME: 1],
                OCEANIA : [:]]
        counts.collectEntries { region, listed ->
            def full = STATUSES.collectEntries { [(it): listed[it] ?: 0] }
            full.NONE = parties(region) - listed.values().sum(0)
            [(region): full]
        }
    }

    private static Map<String, Map<String, Integer>> counts(List<CSVRecord> rows) {
        rows.groupBy { it.get("region_code") }.collectEntries { region, inRegion ->
            [(region): STATUSES.collectEntries { status -> [(status): inRegion.count { it.get("status") == status }] }]
        }
    }

    private static List<String> line(Map<String, Integer> counts) {
        (STATUSES.collect { counts[it] } + [counts.values().sum()])*.toString()
    }

    private static List<String> row(CSVRecord record) {
        ["status", "status_label", "version", "submitted_at", "late", "lines", "cases", "amendment_in_draft"].collect { record.get(it) }
    }

    private static List<CSVRecord> csv(String body) {
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body)).records
    }

    /** The text of each cell of each body row of the table with this id. */
    private static List<List<String>> rows(String html, String tableId) {
        cells(section(html, tableId, "tbody"))
    }

    private static List<String> footer(String html, String tableId) {
        cells(section(html, tableId, "tfoot"))[0]
    }

    private static String section(String html, String tableId, String part) {
        String table = html.substring(html.indexOf("id=\"$tableId\""))
        table.substring(table.indexOf("<$part>"), table.indexOf("</$part>"))
    }

    private static List<List<String>> cells(String rowsHtml) {
        (rowsHtml =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { match ->
            (match[1] =~ /(?s)<t[hd][^>]*>(.*?)<\/t[hd]>/).collect { cell ->
                cell[1].replaceAll(/<[^>]+>/, " ").replaceAll(/\s+/, " ").trim()
            }
        }
    }

    private static String statusText(String html, String iso3) {
        def match = html =~ /(?s)<tr data-iso3="$iso3"[^>]*>.*?<td class="status">(.*?)<\/td>/
        match.find() ? match.group(1).trim() : null
    }

    private static List<String> listed(String html) {
        (html =~ /<tr data-iso3="([A-Z]{3})"/).collect { it[1] }
    }
}
