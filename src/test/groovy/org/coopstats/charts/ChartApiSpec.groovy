package org.coopstats.charts

import io.micronaut.http.HttpRequest
import io.micronaut.http.HttpStatus
import io.micronaut.http.client.HttpClient
import io.micronaut.http.client.annotation.Client
import io.micronaut.http.client.exceptions.HttpClientResponseException
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.analytics.Dimension
import org.coopstats.analytics.Labels
import org.coopstats.support.ApiClient
import org.coopstats.support.DemoForAnalysts
import org.coopstats.support.TestDatabase
import spock.lang.Shared
import spock.lang.Specification

import javax.imageio.ImageIO

/** Any breakdown of /api/analytics as a PNG or SVG chart, on a small demo data set in MariaDB. */
@MicronautTest(transactional = false)
class ChartApiSpec extends Specification {

    @Inject
    @Client("/")
    HttpClient http

    @Inject
    TestDatabase database

    @Inject
    DemoForAnalysts demoForAnalysts

    @Inject
    Labels labels

    @Shared
    String analyst

    @Shared
    String officer

    def setup() {
        if (analyst == null) {
            def tokens = demoForAnalysts.load(31, 1500, api())
            analyst = tokens.analyst
            officer = tokens.officer
        }
    }

    def "a two-dimension breakdown comes back as a PNG of the size asked for"() {
        when:
        def response = get("/api/analytics/chart.png?measure=cases&rows=legal_basis&cols=cooperation_type&width=900&height=500", analyst)
        def image = ImageIO.read(new ByteArrayInputStream(response.body()))

        then:
        response.status == HttpStatus.OK
        response.contentType.get().toString() == "image/png"
        image.width == 900
        image.height == 500
    }

    def "the SVG of the same breakdown holds its title, axis labels, row and column labels and source line as text"() {
        when:
        def response = get("/api/analytics/chart.svg?measure=cases&rows=legal_basis&cols=cooperation_type", analyst)
        String svg = new String(response.body(), "UTF-8")
        def document = ChartRendererSpec.svgParser().parse(new ByteArrayInputStream(response.body()))
        def texts = (0..<document.getElementsByTagName("text").length).collect { document.getElementsByTagName("text").item(it).textContent }

        then:
        response.status == HttpStatus.OK
        response.contentType.get().toString().startsWith("image/svg+xml")
        document.documentElement.getAttribute("width") as double == 1200
        texts.contains("Cases by legal basis and type of cooperation")
        texts.contains("Legal basis")
        texts.contains("Cases")
        texts.contains("Mutual legal assistance")
        texts.any { it ==~ /Source: Returns accepted for cycles? .*; \d+ States reporting/ }
        !svg.contains("<script")
    }

    def "a title of the reader's own is drawn as text, never as markup"() {
        when:
        def response = get("/api/analytics/chart.svg?rows=region&title=" + URLEncoder.encode("<script>alert(1)</script> & co", "UTF-8"), analyst)
        String svg = new String(response.body(), "UTF-8")

        then:
        response.status == HttpStatus.OK
        !svg.contains("<script>")
        svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co")
    }

    def "#problem is a 400 saying what is allowed"() {
        when:
        get(path, analyst)

        then:
        def refused = thrown(HttpClientResponseException)
        refused.status == HttpStatus.BAD_REQUEST
        refused.response.getBody(Map).get().message.contains(expected)

        where:
        problem                         | path                                                                   || expected
        "an unknown chart type"         | "/api/analytics/chart.png?rows=region&chart=pie"                       || "Charts: bar, stacked, stacked_percent, line"
        "a width beyond the limit"      | "/api/analytics/chart.png?rows=region&width=99999"                     || "from 300 to 2400"
        "a height that is not a number" | "/api/analytics/chart.svg?rows=region&height=tall"                     || "from 200 to 1600"
        "stacked shares"                | "/api/analytics/chart.png?measure=refusal_rate&rows=region&cols=cycle&chart=stacked" || "measure that adds up"
        "stacked without columns"       | "/api/analytics/chart.png?rows=region&chart=stacked_percent"           || "needs cols"
        "an unknown dimension"          | "/api/analytics/chart.png?rows=planet"                                 || "Unknown dimension \"planet\""
        "a title too long"              | "/api/analytics/chart.png?rows=region&title=" + "x" * 201              || "at most 200 characters"
        "an unknown language"           | "/api/analytics/chart.png?rows=region&lang=de"                         || "Languages: ar, zh, en, fr, ru, es"
    }

    def "lang=#lang draws the chart's own words in that language, and a title in its script"() {
        when:
        def response = get("/api/analytics/chart.svg?measure=cases&rows=legal_basis&lang=$lang&title=" + URLEncoder.encode(title, "UTF-8"), analyst)
        def texts = ChartScriptsSpec.svgTexts(new String(response.body(), "UTF-8"))
        def png = ImageIO.read(new ByteArrayInputStream(get("/api/analytics/chart.png?measure=cases&rows=legal_basis&lang=$lang&title="
                + URLEncoder.encode(title, "UTF-8"), analyst).body()))

        then:
        response.status == HttpStatus.OK
        texts.any { it.text ==~ source }
        texts.find { it.text == title }.families[0] == face
        texts.every { ChartScriptsSpec.face(it.families[0]).covers(it.text) }
        png.width == 1200

        where:
        lang | title                                  | face               | source
        "ar" | "القضايا حسب الأساس القانوني"           | "Noto Sans Arabic" | /المصدر: التقارير المقبولة عن (الدورة|الدورات) .+؛ عدد الدول المبلغة: \d+/
        "zh" | "按法律依据分列的案件"                    | "Noto Sans SC"     | /来源：.+周期已接受的申报；\d+个国家提交申报/
        "ru" | "Дела в разбивке по правовому основанию" | "DejaVu Sans"      | /Источник: Принятые отчеты за (цикл|циклы) .+; отчитавшихся государств: \d+/
        "fr" | "Affaires par fondement juridique"     | "DejaVu Sans"      | /Source : Déclarations acceptées pour (le cycle|les cycles) .+ ; \d+ États? déclarants?/
        "es" | "Casos por base jurídica"              | "DejaVu Sans"      | /Fuente: Declaraciones aceptadas para (el ciclo|los ciclos) .+; \d+ Estados? declarantes?/
    }

    def "rows and columns come in the taxonomy's order, as the forms list them, not alphabetically"() {
        when:
        def table = api().call(HttpRequest.GET("/api/analytics?rows=legal_basis&cols=outcome"), analyst).body() as Map
        def rowCodes = table.rows*.code
        def colCodes = table.cols*.code

        then:
        rowCodes.size() > 2
        rowCodes == labels.options(Dimension.LEGAL_BASIS).keySet().findAll { it in rowCodes } as List
        colCodes == labels.options(Dimension.OUTCOME).keySet().findAll { it in colCodes } as List
        rowCodes != rowCodes.toSorted()
    }

    def "an officer may not draw charts, and someone not signed in must sign in"() {
        expect:
        status("/api/analytics/chart.png?rows=region", officer) == HttpStatus.FORBIDDEN
        status("/api/analytics/chart.svg?rows=region", officer) == HttpStatus.FORBIDDEN
        status("/api/analytics/chart.png?rows=region", null) == HttpStatus.UNAUTHORIZED

        cleanup: "the last feature (Spock runs them in order) leaves the database as the other specs expect it"
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    private get(String path, String token) {
        def request = HttpRequest.GET(path)
        if (token != null) {
            request.bearerAuth(token)
        }
        http.toBlocking().exchange(request, byte[])
    }

    private HttpStatus status(String path, String token) {
        try {
            get(path, token).status
        } catch (HttpClientResponseException e) {
            e.status
        }
    }

    private ApiClient api() {
        new ApiClient(http.toBlocking())
    }
}
