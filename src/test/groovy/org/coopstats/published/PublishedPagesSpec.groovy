package org.coopstats.published

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.i18n.TaxonomyLabels
import org.coopstats.publication.Edition
import org.jooq.DSLContext
import org.jooq.ExecuteContext
import org.jooq.ExecuteListener
import org.jooq.impl.DefaultExecuteListenerProvider
import spock.lang.Shared
import spock.lang.Specification

import java.util.concurrent.atomic.AtomicInteger

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.EDITION_RETURN
import static org.jooq.impl.DSL.sum

@MicronautTest(transactional = false)
class PublishedPagesSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    PublishedDemo demo

    @Inject
    DSLContext db

    @Inject
    TaxonomyLabels taxonomy

    @Inject
    PublicPages pages

    @Shared
    Map<String, Edition> editions

    @Shared
    Edition second2024

    PublicWeb web

    def setup() {
        if (editions == null) {
            editions = demo.load()
            second2024 = demo.publishAgain("2024", "A return accepted after the first edition.")
        }
        web = new PublicWeb(server.URL)
    }

    def cleanupSpec() {
        // the next spec starts from its own data
    }

    def "the list shows each cycle, newest first, its latest edition first and clear, with the earlier ones after it"() {
        when:
        def page = web.get("/published")

        then:
        page.status == 200
        page.header("Cache-Control") == "public, max-age=60"
        def html = page.text
        html.indexOf("Reporting cycle 2024") < html.indexOf("Reporting cycle 2023")
        html.contains('<html lang="en" dir="ltr">')

        and: "2024's latest edition is the second, with its change note; the first is listed under earlier editions"
        def cycle2024 = html.substring(html.indexOf("Reporting cycle 2024"), html.indexOf("Reporting cycle 2023"))
        cycle2024.indexOf("Latest edition") < cycle2024.indexOf('href="/published/2024/2"')
        second2024.changes().returnsAdded() == 1
        cycle2024.contains("What changed: Returns added: 1; cases: +")
        cycle2024.contains("What changed: " + second2024.changes().withNote(org.coopstats.i18n.Text.ENGLISH))
        cycle2024.contains(". A return accepted after the first edition.")
        cycle2024.indexOf("Earlier editions") < cycle2024.indexOf('href="/published/2024/1"')
        cycle2024.contains('href="/published/2024"')
    }

    def "a cycle's address shows its latest edition, says so, and links to the earlier one"() {
        when:
        def page = web.get("/published/2024")

        then:
        page.status == 200
        page.header("Cache-Control") == "public, max-age=60"
        page.text.contains("This is the latest edition of the figures for 2024")
        page.text.contains("<strong>Edition 2</strong>")
        page.text.contains('href="/published/2024/1"')
        page.text.contains('class="edition-address" dir="ltr" href="/published/2024/2"')
    }

    def "each edition keeps its own address, cached for good and validated by its ETag"() {
        when:
        def page = web.get("/published/2024/1")

        then:
        page.status == 200
        page.text.contains("<strong>Edition 1</strong>")
        !page.text.contains("This is the latest edition")
        page.header("Cache-Control") == "public, max-age=31536000, immutable"
        page.header("ETag") ==~ /"[A-Za-z0-9_-]{22}"/
        page.header("Vary") == "Accept-Encoding, Accept-Language, Cookie"

        when: "the browser asks again with the ETag it holds"
        def again = web.get("/published/2024/1", ["If-None-Match": page.header("ETag")])

        then:
        again.status == 304
        again.bytes.length == 0
        again.header("ETag") == page.header("ETag")
    }

    def "a browser that takes gzip gets the page compressed once, the same page"() {
        when:
        def plain = web.get("/published/2024/1/reports/legal-bases-by-offence.csv")
        def compressed = web.get("/published/2024/1/reports/legal-bases-by-offence.csv", ["Accept-Encoding": "gzip, deflate, br"])

        then:
        compressed.header("Content-Encoding") == "gzip"
        compressed.bytes.length < plain.bytes.length
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(compressed.bytes)).bytes == plain.bytes
        compressed.header("ETag") == plain.header("ETag").replaceFirst(/"$/, '-gz"')
    }

    def "a client that refuses gzip (#encoding) gets the plain page"() {
        expect:
        web.get("/published/2024/1/reports/legal-bases-by-offence.csv", ["Accept-Encoding": encoding]).header("Content-Encoding") == null

        where:
        encoding << ["gzip;q=0", "br, GZIP; q=0.0", "identity"]
    }

    def "the summary states the edition's facts in plain words, compared with the previous cycle"() {
        given: "an independent count over the pinned returns"
        def now = counts(editions.first2024)
        def before = counts(editions.first2023)
        int change = now.states - before.states
        String direction = change > 0 ? "${change} more than for 2023" : change < 0 ? "${-change} fewer than for 2023" : "as many States as for 2023"

        when:
        def html = web.get("/published/2024/1").text

        then:
        html.contains(String.format(Locale.ENGLISH, "%,d of %,d States parties reported %,d cases for 2024, %s.", now.states,
                editions.first2024.statesParties(), now.cases, direction))
        html.contains(String.format(Locale.ENGLISH, "For 2023, they had reported %,d cases.", before.cases))
        html.contains("The Convention was the legal basis of ")
    }

    def "the summary in French and in Arabic is written in that language, with the page's lang and dir"() {
        expect:
        with(web.get("/published/2024/1?lang=fr").text) {
            it.contains('<html lang="fr" dir="ltr">')
            it.contains("États parties sur")
            it.contains("À propos de ces chiffres")
        }
        with(web.get("/published/2024/1", ["Accept-Language": "ar"]).text) {
            it.contains('<html lang="ar" dir="rtl">')
            it.contains("عن هذه الأرقام")
        }
    }

    def "the summary holds every standard report as chart, table and CSV link, and links only consenting States"() {
        given:
        def consents = demo.consents(editions.first2024)

        when:
        def html = web.get("/published/2024/1").text

        then:
        ["channels-used", "convention-use-by-cooperation-type", "electronic-evidence-by-offence", "legal-bases-by-offence",
         "mla-legal-bases-by-region", "refusal-grounds", "time-to-execute-by-legal-basis", "time-to-execute-p90-by-legal-basis"].every { id ->
            html.contains("id=\"report-${id}\"") && html.contains("/published/2024/1/reports/${id}.csv?lang=en")
                    && html.contains("src=\"/published/2024/1/reports/${id}.png?lang=en\"") && html.contains("id=\"table-${id}\"")
        }
        def linked = (html =~ /href="\/published\/2024\/1\/states\/([A-Z]{3})"/).collect { it[1] } as Set
        linked == consents.findAll { it.value }.keySet()
    }

    def "a consenting State's page shows its own figures and names only partners that consented too"() {
        given:
        def consents = demo.consents(editions.first2024)
        String iso3 = consents.find { it.value }.key

        when:
        def page = web.get("/published/2024/1/states/${iso3}")

        then:
        page.status == 200
        page.header("Cache-Control") == "public, max-age=31536000, immutable"
        ["cooperation", "direction", "outcomes", "refusal-grounds", "partners"].every { page.text.contains("id=\"report-${it}\"") }
        page.text.contains('id="table-cooperation"')

        when: "the partners' table is read as CSV"
        def rows = csv(web.get("/published/2024/1/states/${iso3}/partners.csv").text)

        then:
        rows[0][0] == "reporting_state"
        def partners = rows.drop(1).collect { it[0] }.findAll { it != "total" }
        partners.every { it == "OTHER" || consents[it] }
        !partners.contains(iso3)
    }

    def "a State that did not consent, did not report or does not exist gets the same not-found page as any unknown address"() {
        given:
        def consents = demo.consents(editions.first2024)
        String notNamed = consents.find { !it.value }.key
        def unknown = web.get("/published/2024/1/states/ATA")

        expect:
        unknown.status == 404
        unknown.header("Cache-Control") == "no-store"
        [web.get("/published/2024/1/states/${notNamed}"), web.get("/published/2024/1/states/${notNamed}/partners.csv"),
         web.get("/published/2031"), web.get("/published/2024/7"), web.get("/published/2024/first"),
         web.get("/published/2024/1/reports/no-such-report.csv"), web.get("/published/2024/1/states/${notNamed.toLowerCase()}")]
                .every { it.status == 404 && it.text == unknown.text }
        unknown.text.contains("Page not found")
        web.get("/published/2031?lang=zh").text.contains("未找到页面")
    }

    def "the Arabic summary names every type of cooperation, region and ground in Arabic, in its text and its tables"() {
        when:
        def page = web.get("/published/2024/1?lang=ar").text
        def english = ["cooperation_type", "region", "refusal_ground"].collectMany { taxonomy.labels(it, Locale.ENGLISH).values() }
                .findAll { it.length() > 12 }

        then:
        page.contains(taxonomy.label("cooperation_type", "TRANSFER_PROCEEDINGS", Locale.forLanguageTag("ar")))
        english.findAll { page.contains(it) } == []
    }

    def "a report's CSV has a header row, codes and labels in the language, and the same totals as the page"() {
        when:
        def download = web.get("/published/2024/1/reports/channels-used.csv?lang=zh")
        def rows = csv(download.text)

        then:
        download.status == 200
        download.header("Content-Type") == "text/csv; charset=utf-8"
        download.header("Content-Disposition") == 'attachment; filename="coopstats-2024-1-channels-used-zh.csv"'
        rows[0][0..1] == ["cooperation_type", "合作类型"]
        rows[0].last() == "total"
        rows.find { it[0] == "MLA" }[1] == "司法协助"
        rows.drop(1).dropRight(1).every { it[1] == taxonomy.label("cooperation_type", it[0], Locale.SIMPLIFIED_CHINESE) }
        rows.last()[0..1] == ["total", "合计"]
        rows.last().last() as long == counts(editions.first2024).cases
    }

    def "a report's chart comes as SVG with its words as text and as PNG"() {
        when:
        def svg = web.get("/published/2024/1/reports/refusal-grounds.svg")
        def arabic = web.get("/published/2024/1/reports/refusal-grounds.svg?lang=ar").text
        def png = web.get("/published/2024/1/reports/refusal-grounds.png?lang=fr")

        then:
        svg.status == 200
        svg.header("Content-Type") == "image/svg+xml; charset=utf-8"
        svg.text.contains("Grounds for refusing requests")
        svg.text.contains("Reporting cycle 2024, edition 1")
        svg.text.contains('xml:lang="en"')

        and: "in Arabic the chart's own words are Arabic too, and its texts read right to left"
        arabic.contains('xml:lang="ar"')
        arabic.contains("المصدر")
        arabic.contains('direction="rtl"')

        and:
        png.status == 200
        png.header("Content-Type") == "image/png"
        png.bytes[1..3] == "PNG".bytes as List
    }

    def "addresses anyone can invent answer 404 without filling the memory of pages"() {
        given:
        web.get("/published/2024/1/states/ZZZ")
        long before = pages.@pages.weight()

        when:
        def answers = (1..40).collect { i ->
            [web.get("/published/2024/1/states/Q" + ("A".."Z")[i % 26] + ("A".."Z")[i.intdiv(26)]),
             web.get("/published/2024/1/reports/invented-${i}.csv?lang=fr"),
             web.get("/published/2024/1/states/ZZZ/invented-${i}.png")]
        }.flatten()

        then:
        answers.every { it.status == 404 }
        pages.@pages.weight() == before
    }

    def "a page already made is served from memory: no request asks the database anything"() {
        given: "every page of the test made once"
        def paths = ["/published", "/published/2024", "/published/2024/1", "/published/2024/1?lang=ar",
                     "/published/2024/1/reports/refusal-grounds.csv", "/published/2024/1/reports/refusal-grounds.svg"]
        paths.each { web.get(it) }
        def statements = new AtomicInteger()
        def listener = new ExecuteListener() {
            @Override
            void executeStart(ExecuteContext ctx) {
                // the index of editions is read again in the background every few seconds; requests never ask
                if (!Thread.currentThread().name.startsWith("scheduled")) {
                    statements.incrementAndGet()
                }
            }
        }
        def original = db.configuration().executeListenerProviders()
        db.configuration().set(new DefaultExecuteListenerProvider(listener))

        when:
        def answers = (1..5).collectMany { paths.collect { web.get(it) } }

        then:
        answers.every { it.status == 200 }
        statements.get() == 0

        cleanup:
        db.configuration().set(original)
    }

    private Map counts(Edition edition) {
        demo.read { DSLContext db -> [states: db.fetchCount(EDITION_RETURN, EDITION_RETURN.EDITION_ID.eq(edition.id())),
         cases : db.select(sum(CASE_LINE.CASE_COUNT)).from(CASE_LINE).join(EDITION_RETURN).on(EDITION_RETURN.RETURN_ID.eq(CASE_LINE.RETURN_ID))
                 .where(EDITION_RETURN.EDITION_ID.eq(edition.id())).fetchOne(0, Long)] }
    }

    private static List<List<String>> csv(String text) {
        CSVFormat.RFC4180.parse(new StringReader(text)).records*.toList()
    }
}
