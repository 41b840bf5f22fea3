package org.coopstats.published

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.annotation.MockBean
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.publication.Publisher
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Shared
import spock.lang.Specification

import java.time.LocalDateTime
import java.util.function.BiPredicate

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * Which figures public tables offer to disclosure control, and that whatever it hides is hidden
 * alike in the page, the CSV and the chart. The algorithm itself is the disclosure package's;
 * here a stand-in hides only the small eligible figures themselves (primary suppression).
 */
@MicronautTest(transactional = false)
class PublishedSuppressionSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    TestDatabase database

    @Inject
    Publisher publisher

    @Inject
    PublishedDemo demo

    @Shared
    boolean loaded

    PublicWeb web

    @MockBean(Suppression)
    Suppression primaryOnly() {
        new Suppression() {
            @Override
            Suppression.Hidden protect(long[][] cells, BiPredicate<Integer, Integer> eligible, BiPredicate<Integer, Integer> known,
                                       int threshold) {
                int cols = cells.length == 0 ? 0 : cells[0].length
                Set<Suppression.Place> hidden = []
                (-1..<cells.length).each { r ->
                    (-1..<cols).each { c ->
                        long value = (r < 0 ? (0..<cells.length) : [r]).sum { i -> (c < 0 ? (0..<cols) : [c]).sum { j -> cells[i][j] } }
                        if (value > 0 && value < threshold && eligible.test(r, c)) {
                            hidden << new Suppression.Place(r, c)
                        }
                    }
                }
                new Suppression.Hidden(hidden, false)
            }
        }
    }

    def setup() {
        if (!loaded) {
            database.removeReturnsAndCycles()
            Long cycle = database.insertCycle("2030", 2030)
            accepted(cycle, "KEN", true, [["MLA", "OUTGOING", "FRA", "UNTOC", 10], ["MLA", "INCOMING", "NGA", "BILATERAL", 2],
                                          ["EXTRADITION", "OUTGOING", "FRA", "UNTOC", 1]])
            accepted(cycle, "NGA", false, [["MLA", "OUTGOING", "KEN", "BILATERAL", 2], ["MLA", "OUTGOING", "FRA", "UNTOC", 8],
                                           ["MLA", "OUTGOING", "FRA", "RECIPROCITY", 1]])
            accepted(cycle, "FRA", true, [["MLA", "INCOMING", "KEN", "UNTOC", 9], ["MLA", "INCOMING", "NGA", "UNTOC", 8],
                                          ["EXTRADITION", "INCOMING", "KEN", "UNTOC", 1]])
            accepted(cycle, "DEU", false, [["MLA", "OUTGOING", "FRA", "REGIONAL", 20]])
            accepted(cycle, "AUS", false, [["MLA", "OUTGOING", "NZL", "BILATERAL", 2], ["MLA", "OUTGOING", "FRA", "UNTOC", 5]])
            publisher.publish("2030", null, null)
            demo.fresh()
            loaded = true
        }
        web = new PublicWeb(server.URL)
    }

    def "a region reported by one State has its small figures hidden; a region reported by two keeps them"() {
        when:
        def rows = csv("/published/2030/1/reports/mla-legal-bases-by-region.csv")
        def html = web.get("/published/2030/1").text

        then: "Oceania (Australia alone): 2 cases under bilateral treaties hidden, 5 under the Convention shown"
        rows[0][2..-1] == ["UNTOC The Organized Crime Convention", "REGIONAL A regional or multilateral treaty",
                           "BILATERAL A bilateral treaty", "RECIPROCITY Reciprocity or comity", "total"]
        rows.find { it[0] == "OCEANIA" }[2..-1] == ["5", "0", "x", "0", "7"]

        and: "Africa (Kenya and Nigeria): 1 case under reciprocity shown"
        rows.find { it[0] == "AFRICA" }[2..-1] == ["18", "0", "4", "1", "23"]

        and: "the page hides the same figure, explains the marker, and the chart says values are hidden"
        def table = section(html, "report-mla-legal-bases-by-region")
        table.count('class="hidden-figure"') == 1
        table.contains("x: hidden to protect the confidentiality of cases")
        def chart = web.get("/published/2030/1/reports/mla-legal-bases-by-region.svg").text
        chart.contains("Some values are hidden to protect confidentiality: see the table.")

        and: "its shares would add up to 100 % without the hidden figure, so it is drawn in cases"
        !chart.contains("Per cent of cases")
        web.get("/published/2030/1/reports/channels-used.svg").text.contains("Per cent of cases")
        !section(html, "report-refusal-grounds").contains('class="hidden-figure"')
    }

    def "on a named State's page every small figure is hidden, in the page, the CSV and the chart alike"() {
        when:
        def rows = csv("/published/2030/1/states/KEN/cooperation.csv")
        def html = web.get("/published/2030/1/states/KEN").text

        then: "mutual legal assistance: 10 under the Convention shown, 2 under a bilateral treaty hidden; extradition: 1 hidden"
        rows[0][2..-1] == ["UNTOC The Organized Crime Convention", "BILATERAL A bilateral treaty", "total"]
        rows.find { it[0] == "EXTRADITION" }[2..-1] == ["x", "0", "x"]
        rows.find { it[0] == "MLA" }[2..-1] == ["10", "x", "12"]
        rows.last()[2..-1] == ["11", "x", "13"]

        and:
        hiddenCells(section(html, "report-cooperation")) == rows.drop(1).sum { row -> row.drop(2).count { it == "x" } }
        web.get("/published/2030/1/states/KEN/cooperation.svg").text.contains("Some values are hidden to protect confidentiality: see the table.")
    }

    def "partners are named only when they consented: Nigeria's 2 requests to Kenya are among Other States parties, hidden"() {
        when:
        def rows = csv("/published/2030/1/states/KEN/partners.csv")
        def page = web.get("/published/2030/1/states/KEN").text

        then:
        rows[0][2..-1] == ["OUTGOING Requests the partner made", "INCOMING Requests made to the partner", "total"]
        rows.drop(1)*.getAt(0) == ["FRA", "OTHER", "total"]
        rows.find { it[0] == "FRA" }[1..-1] == ["France", "0", "10", "10"]
        rows.find { it[0] == "OTHER" }[1..-1] == ["Other States parties", "x", "0", "x"]
        !page.contains("Nigeria")
        !page.contains("NGA")

        and: "Nigeria, which did not consent, has no page: the same answer as a State that never reported"
        web.get("/published/2030/1/states/NGA").text == web.get("/published/2030/1/states/BRA").text
        web.get("/published/2030/1/states/NGA").status == 404
    }

    private void accepted(Long cycle, String iso3, boolean named, List<List> lines) {
        AcceptedReturns.insert(database, cycle, iso3, named, lines)
    }

    private List<List<String>> csv(String path) {
        def answer = web.get(path)
        assert answer.status == 200
        CSVFormat.RFC4180.parse(new StringReader(answer.text)).records*.toList()
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"${id}\"")
        html.substring(start, html.indexOf("</section>", start))
    }

    private static int hiddenCells(String html) {
        html.count('class="hidden-figure"')
    }
}
