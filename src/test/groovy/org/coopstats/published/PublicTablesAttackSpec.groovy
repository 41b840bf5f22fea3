package org.coopstats.published

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.apache.commons.csv.CSVRecord
import org.coopstats.disclosure.Attacker
import org.coopstats.disclosure.Published
import org.coopstats.publication.Editions
import spock.lang.Shared
import spock.lang.Specification

/**
 * The attack of the disclosure specs, made on what a reader downloads: every CSV linked from every
 * published summary and named State's page of the demo's editions, read back as published (a
 * marker where a figure is hidden, the true totals) and solved for each hidden figure from the
 * published margins. Tables of shares or medians are left out: they add up to nothing, so no
 * margin gives anything away, and their eligible figures are all hidden.
 */
@MicronautTest(transactional = false)
class PublicTablesAttackSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    PublishedDemo demo

    @Inject
    Editions editions

    @Shared
    Map<String, Published> tables

    @Shared
    Map<String, String> csvs

    def setup() {
        if (tables == null) {
            demo.load()
            def web = new PublicWeb(server.URL)
            tables = [:]
            csvs = [:]
            pages().each { page ->
                def html = web.get(page)
                assert html.status == 200: page
                (html.text =~ /href="([^"]+\.csv\?lang=en)"/).collect { it[1] }.unique().each { String csv ->
                    def answer = web.get(csv.replace("&amp;", "&"))
                    assert answer.status == 200: csv
                    csvs[csv] = answer.text
                    def table = read(answer.text)
                    if (table != null) {
                        tables[csv] = table
                    }
                }
            }
        }
    }

    def "every count table of every public page and State page is attacked, and some of them hide figures"() {
        expect: "the summaries' and the State pages' tables are all there"
        tables.keySet().count { it.contains("/reports/") } >= 2 * 3
        tables.keySet().count { it.contains("/states/") } >= 3

        and: "enough hidden figures for the attack to mean something (the demo hides 3,441 in 287 tables)"
        tables.values().count { hidden(it) > 0 } >= 100
        tables.values().sum { hidden(it) } >= 1_000
    }

    def "no hidden figure of any public table can be worked out from the figures published beside it"() {
        when:
        Map<String, Map> disclosed = tables.collectEntries { csv, table -> [(csv): Attacker.disclosed(table)] }
                .findAll { csv, found -> !found.isEmpty() }

        then:
        disclosed.isEmpty()
    }

    def "a State's page never hides its refused cases while its refusal grounds table gives their total"() {
        when: "each State page's outcomes, read beside the total of its refusal grounds"
        List<String> pages = csvs.keySet().findAll { it.contains("/outcomes.csv") } as List
        def givenAway = pages.findAll { outcomes ->
            def refused = rows(csvs[outcomes]).find { it[0] == "REFUSED" }
            def grounds = rows(csvs[outcomes.replace("/outcomes.csv", "/refusal-grounds.csv")])
            refused != null && refused[2] == PublicTable.MARKER && grounds.last().last() != PublicTable.MARKER
        }

        then:
        pages.size() >= 3
        givenAway == []
    }

    private static List<List<String>> rows(String csv) {
        CSVFormat.RFC4180.parse(new StringReader(csv)).records*.toList()
    }

    private List<String> pages() {
        editions.all().collectMany { edition ->
            def base = "/published/${edition.cycle()}/${edition.number()}".toString()
            def named = editions.consents(edition.id()).findAll { it.value }.keySet().sort()
            [base + "?lang=en"] + named.collect { base + "/states/$it?lang=en".toString() }
        }
    }

    private static int hidden(Published table) {
        int count = (table.cells.flatten() + (table.rowTotals as List) + (table.colTotals as List) + [table.total]).count { it == null }
        count
    }

    /**
     * The CSV as published: a header row, a row per heading (code, label, figures, and for a
     * two-way table its total), then the totals row. Null when any figure is not a whole count.
     */
    static Published read(String csv) {
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).records
        boolean twoWay = records[0].get(records[0].size() - 1) == "total"
        int cols = twoWay ? records[0].size() - 3 : 1
        List<CSVRecord> body = records.subList(1, records.size() - 1)
        CSVRecord totals = records[records.size() - 1]
        assert totals.get(0) == "total"
        try {
            Long[][] cells = body.collect { row -> (0..<cols).collect { figure(row.get(2 + it)) } as Long[] } as Long[][]
            Long[] rowTotals = twoWay ? body.collect { figure(it.get(2 + cols)) } as Long[] : cells.collect { it[0] } as Long[]
            Long[] colTotals = (0..<cols).collect { figure(totals.get(2 + it)) } as Long[]
            Long total = figure(totals.get(twoWay ? 2 + cols : 2))
            new Published(cells, rowTotals, colTotals, total)
        } catch (NumberFormatException ignored) {
            null
        }
    }

    private static Long figure(String text) {
        text == PublicTable.MARKER ? null : Long.valueOf(text)
    }
}
