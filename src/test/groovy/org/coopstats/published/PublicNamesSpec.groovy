package org.coopstats.published

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.apache.commons.csv.CSVFormat
import org.coopstats.i18n.TaxonomyLabels
import org.coopstats.publication.Edition
import org.coopstats.returns.ReturnLines
import org.jooq.DSLContext
import spock.lang.Shared
import spock.lang.Specification

import java.time.LocalDateTime

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.EDITION_RETURN
import static org.coopstats.db.Tables.STATE_RETURN
import static org.jooq.impl.DSL.max
import static org.jooq.impl.DSL.sum

/**
 * What the public sees names no State that did not consent: every page, CSV and SVG reachable
 * from /published, in English, French and Arabic, is collected per edition and searched for the
 * name in that language and the ISO3 code of every State the edition may not name (counterparts
 * included: a State that never reported is not named either). And the figures count the edition's pinned returns only.
 */
@MicronautTest(transactional = false)
class PublicNamesSpec extends Specification {

    @Inject
    EmbeddedServer server

    @Inject
    PublishedDemo demo

    @Inject
    DSLContext db

    @Inject
    TaxonomyLabels taxonomy

    @Shared
    Map<String, Edition> editions

    @Shared
    Map<String, Map<String, Map<String, String>>> outputs

    @Shared
    String amended

    def setup() {
        if (editions == null) {
            editions = demo.load()
            amended = laterVersionsAfterPublication()
            demo.fresh()
            outputs = collect(new PublicWeb(server.URL))
        }
    }

    def "every public output of edition #cycle/1 in #language names only States that consented, by name or by code"() {
        given:
        Edition edition = editions["first" + cycle]
        Set<String> named = demo.consents(edition).findAll { it.value }.keySet()
        Map<String, String> names = taxonomy.labels(TaxonomyLabels.STATE_TAXONOMY, Locale.forLanguageTag(language))
        Set<String> codes = taxonomyCodes()
        def texts = outputs[cycle][language]

        expect:
        texts.size() > 20
        named.every { iso3 -> texts.keySet().any { it.endsWith("/states/" + iso3) } }

        and: "the search finds names where they may be: the consenting States' own"
        named.every { iso3 -> texts.values().any { it.contains(names[iso3]) } }

        and: "no other State's name or code is anywhere"
        def found = []
        texts.each { address, text ->
            // "chart (PNG)" names a file format, not Papua New Guinea
            String rest = text.replace("(PNG)", "")
            found.addAll(stateNames(names).call(rest).findAll { !named.contains(it) }.collect { "${names[it]} in ${address}" })
            found.addAll((rest =~ /(?<![A-Za-z_])([A-Z]{3})(?![A-Za-z_])/).collect { it[1] }
                    .findAll { names.containsKey(it) && !named.contains(it) && !codes.contains(it) }.collect { "${it} in ${address}" })
        }
        found.unique() == []

        where:
        [cycle, language] << [["2023", "2024"], ["en", "fr", "ar"]].combinations()
    }

    /**
     * Which States a text names: one scan for every name, longest first, each a whole word, so
     * that "Niger" is not found inside "Nigeria" nor "Guinea" inside "Equatorial Guinea".
     */
    private static Closure<List<String>> stateNames(Map<String, String> names) {
        Map<String, String> byName = names.collectEntries { iso3, name -> [(name): iso3] }
        def pattern = java.util.regex.Pattern.compile("(?<![\\p{L}-])(?:" + byName.keySet().sort { -it.length() }
                .collect { java.util.regex.Pattern.quote(it) }.join("|") + ")(?![\\p{L}-])")
        return { String text -> pattern.matcher(text).results().collect { byName[it.group()] } }
    }

    def "a State's page counts its pinned return only, not the versions submitted or drafted after publication"() {
        given:
        Edition edition = editions.first2024
        long pinned = demo.read { DSLContext db -> db.select(sum(CASE_LINE.CASE_COUNT)).from(CASE_LINE)
                .join(EDITION_RETURN).on(EDITION_RETURN.RETURN_ID.eq(CASE_LINE.RETURN_ID))
                .where(EDITION_RETURN.EDITION_ID.eq(edition.id())).and(EDITION_RETURN.STATE_ISO3.eq(amended))
                .fetchOne(0, Long) }
        long latestId = latestReturn(amended)
        long latest = demo.read { DSLContext db -> db.select(sum(CASE_LINE.CASE_COUNT)).from(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(latestId))
                .fetchOne(0, Long) }

        expect:
        latest == pinned + 500
        total(outputs["2024"]["en"]["/published/2024/1/states/${amended}/cooperation.csv"]) == pinned
    }

    def "what partners reported about a State counts other States' pinned returns naming it, whoever they are"() {
        given:
        Edition edition = editions.first2024
        String iso3 = amended

        expect:
        total(outputs["2024"]["en"]["/published/2024/1/states/${iso3}/partners.csv"]) == demo.read { DSLContext db ->
            db.select(sum(CASE_LINE.CASE_COUNT)).from(CASE_LINE)
                    .join(EDITION_RETURN).on(EDITION_RETURN.RETURN_ID.eq(CASE_LINE.RETURN_ID))
                    .where(EDITION_RETURN.EDITION_ID.eq(edition.id())).and(CASE_LINE.COUNTERPART_ISO3.eq(iso3))
                    .fetchOne(0, Long) }
    }

    def "the summary's reports count exactly the pinned returns: refused cases, by any ground"() {
        given:
        Edition edition = editions.first2024

        expect:
        total(outputs["2024"]["en"]["/published/2024/1/reports/refusal-grounds.csv"]) == demo.read { DSLContext db ->
            db.select(sum(CASE_LINE.CASE_COUNT)).from(CASE_LINE)
                    .join(EDITION_RETURN).on(EDITION_RETURN.RETURN_ID.eq(CASE_LINE.RETURN_ID))
                    .where(EDITION_RETURN.EDITION_ID.eq(edition.id())).and(CASE_LINE.OUTCOME.eq("REFUSED"))
                    .fetchOne(0, Long) }
    }

    /**
     * After publication, a named State of 2024 submits a new version with 500 more cases and starts
     * a draft after it; neither may reach the edition. Gives that State.
     */
    private String laterVersionsAfterPublication() {
        String iso3 = demo.consents(editions.first2024).findAll { it.value }.keySet().sort().first()
        demo.read { DSLContext db -> laterVersions(db, iso3) }
        iso3
    }

    private void laterVersions(DSLContext db, String iso3) {
        long pinned = db.select(EDITION_RETURN.RETURN_ID).from(EDITION_RETURN)
                .where(EDITION_RETURN.EDITION_ID.eq(editions.first2024.id())).and(EDITION_RETURN.STATE_ISO3.eq(iso3))
                .fetchOne(EDITION_RETURN.RETURN_ID)
        def from = db.selectFrom(STATE_RETURN).where(STATE_RETURN.ID.eq(pinned)).fetchOne()
        int version = db.select(max(STATE_RETURN.VERSION)).from(STATE_RETURN).where(STATE_RETURN.CYCLE_ID.eq(from.cycleId))
                .and(STATE_RETURN.STATE_ISO3.eq(iso3)).fetchOne(0, Integer)
        ["SUBMITTED", "DRAFT"].eachWithIndex { status, i ->
            long id = db.insertInto(STATE_RETURN).set(STATE_RETURN.CYCLE_ID, from.cycleId).set(STATE_RETURN.STATE_ISO3, iso3)
                    .set(STATE_RETURN.VERSION, version + 1 + i).set(STATE_RETURN.STATUS, status)
                    .set(STATE_RETURN.SUBMITTED_AT, (LocalDateTime) (status == "DRAFT" ? null : LocalDateTime.now()))
                    .set(STATE_RETURN.PUBLICATION_CONSENT, "NAMED")
                    .returningResult(STATE_RETURN.ID).fetchOne(STATE_RETURN.ID)
            ReturnLines.copy(db, pinned, id)
            long first = db.select(org.jooq.impl.DSL.min(CASE_LINE.ID)).from(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(id)).fetchOne(0, Long)
            db.update(CASE_LINE).set(CASE_LINE.CASE_COUNT, CASE_LINE.CASE_COUNT.plus(500)).where(CASE_LINE.ID.eq(first)).execute()
        }
    }

    private long latestReturn(String iso3) {
        demo.read { DSLContext db -> db.select(STATE_RETURN.ID).from(STATE_RETURN).where(STATE_RETURN.STATE_ISO3.eq(iso3))
                .and(STATE_RETURN.STATUS.eq("SUBMITTED")).orderBy(STATE_RETURN.ID.desc()).limit(1).fetchOne(STATE_RETURN.ID) }
    }

    /**
     * Every page, CSV and SVG of each edition, in English, French and Arabic, found by following the links of its pages
     * (the list and the cycle's address go with its cycle's latest edition). PNGs hold no text a
     * reader could search; their text alternatives are in the pages.
     */
    private static Map<String, Map<String, Map<String, String>>> collect(PublicWeb web) {
        ["2023", "2024"].collectEntries { cycle -> [(cycle): ["en", "fr", "ar"].collectEntries { [(it): collect(web, cycle, it)] }] }
    }

    private static Map<String, String> collect(PublicWeb web, String cycle, String language) {
        Map<String, String> texts = [:]
        List<String> queue = ["/published", "/published/${cycle}".toString(), "/published/${cycle}/1".toString()]
        while (!queue.isEmpty()) {
            String address = queue.remove(0)
            if (texts.containsKey(address)) {
                continue
            }
            def answer = web.get(address + (address.contains("?") ? "&" : "?") + "lang=" + language)
            assert answer.status == 200: address
            String text = answer.text
            texts[address] = unescape(text)
            if (answer.header("Content-Type").startsWith("text/html")) {
                (text =~ /(?:href|src)="(\/published\/${cycle}\/1\/[^"?#]*)/).each { match ->
                    String link = match[1]
                    if (!link.endsWith(".png") && !texts.containsKey(link)) {
                        queue << link
                    }
                }
            }
        }
        texts
    }

    private static String unescape(String text) {
        text.replace("&#39;", "'").replace("&apos;", "'").replace("&quot;", '"').replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&")
    }

    /** Codes of the taxonomies (MLA, JIT...): a three-letter one that is also an ISO3 code is not a State's name. */
    private Set<String> taxonomyCodes() {
        def codes = [] as Set<String>
        ["cooperation_type", "direction", "legal_basis_category", "legal_instrument", "offence_type", "outcome",
         "refusal_ground", "channel", "yes_no_unknown", "iccs_section", "region"].each { table ->
            codes.addAll(demo.read { DSLContext db -> db.fetch("select code from " + table).getValues(0, String) })
        }
        codes
    }

    private static long total(String csv) {
        def rows = CSVFormat.RFC4180.parse(new StringReader(csv)).records*.toList()
        assert rows.last()[0] == "total"
        rows.last().last() as long
    }
}
