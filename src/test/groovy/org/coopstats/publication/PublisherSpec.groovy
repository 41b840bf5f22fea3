package org.coopstats.publication

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.analytics.AnalyticsQueries
import org.coopstats.analytics.AnalyticsQuery
import org.coopstats.analytics.Dimension
import org.coopstats.analytics.Measure
import org.coopstats.i18n.Language
import org.coopstats.i18n.Text
import org.coopstats.published.PublishedIndex
import org.coopstats.returns.OfficerReturns
import org.coopstats.returns.PublicationConsent
import org.coopstats.returns.ReturnWorkflow
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Specification

import static org.coopstats.db.Tables.APP_USER
import static org.coopstats.db.Tables.AUDIT_EVENT
import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.EDITION
import static org.coopstats.db.Tables.EDITION_RETURN
import static org.coopstats.db.Tables.STATE_RETURN

/**
 * An edition counts each State's latest accepted return version as it was when published: later
 * amendments change the live figures, never the edition's; publishing again makes a new edition
 * whose change note says what changed.
 */
@MicronautTest(transactional = false)
class PublisherSpec extends Specification {

    static final String CYCLE = "2041"
    static final AnalyticsQuery CASES_BY_STATE = new AnalyticsQuery(Measure.CASES, Dimension.REPORTING_STATE, null, [:],
            ["ACCEPTED"] as Set)

    @Inject
    TestDatabase database

    @Inject
    Publisher publisher

    @Inject
    Editions editions

    @Inject
    PublishedIndex publishedIndex

    @Inject
    AnalyticsQueries analytics

    @Inject
    OfficerReturns officerReturns

    @Inject
    ReturnWorkflow workflow

    PublicationFixture fixture
    Long cycleId
    Map<String, Long> ids = [:]

    def setup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
        fixture = new PublicationFixture(database)
        cycleId = database.insertCycle(CYCLE, 2041)
        ids.ken1 = fixture.version(cycleId, "KEN", 1, "ACCEPTED", [5, 7], "NAMED")
        ids.gha1 = fixture.version(cycleId, "GHA", 1, "ACCEPTED", [3])
        ids.gha2 = fixture.version(cycleId, "GHA", 2, "SUBMITTED", [3, 10])
        ids.nga1 = fixture.version(cycleId, "NGA", 1, "DRAFT", [40])
        ids.sen1 = fixture.version(cycleId, "SEN", 1, "RETURNED", [50])
        ids.fra1 = fixture.version(cycleId, "FRA", 1, "ACCEPTED", [2])
        ids.fra2 = fixture.version(cycleId, "FRA", 2, "ACCEPTED", [2, 4])
        ids.fra3 = fixture.version(cycleId, "FRA", 3, "DRAFT", [2, 4, 60], "NAMED")
    }

    def cleanup() {
        database.removeAccounts()
        database.removeReturnsAndCycles()
    }

    def "an edition pins only each State's latest accepted version, never a draft, a submitted or a returned one"() {
        when:
        Edition edition = publisher.publish(CYCLE, null, null)

        then:
        edition.number() == 1
        edition.path() == "2041/1"
        editions.returnIds(edition.id()) == [ids.ken1, ids.gha1, ids.fra2] as Set
        editions.returnIds(edition.id()) == fixture.latestAccepted(cycleId).values() as Set

        and: "its change note is the first edition's, with the cases of exactly those versions"
        edition.changes().first()
        edition.changes().returnsCounted() == 3
        edition.changes().casesAfter() == [ids.ken1, ids.gha1, ids.fra2].sum { fixture.casesByReturn()[it] }
        edition.changes().casesAfter() == 12 + 3 + 6
        edition.changes().words(Text.ENGLISH) == "First edition; returns counted: 3; cases: 21"
    }

    def "the consent each version carried is frozen into the edition"() {
        given:
        Edition first = publisher.publish(CYCLE, null, null)

        when: "Kenya amends its return, withdrawing its consent to be named, and the amendment is accepted"
        amendAndAccept("KEN", PublicationConsent.TOTALS_ONLY) { Long draft -> }

        then: "the first edition still names Kenya, as it was allowed to when published"
        editions.consents(first.id()) == [KEN: true, GHA: false, FRA: false]

        when:
        Edition second = publisher.publish(CYCLE, null, null)

        then: "the second edition follows the new version"
        editions.consents(second.id()) == [KEN: false, GHA: false, FRA: false]
        editions.consents(first.id()) == [KEN: true, GHA: false, FRA: false]
    }

    def "an amendment accepted after publication changes the live figures and leaves the edition's exactly as they were"() {
        given:
        Edition edition = publisher.publish(CYCLE, null, null)
        def published = analytics.run(CASES_BY_STATE.over(editions.returnIds(edition.id())))
        def liveBefore = analytics.run(CASES_BY_STATE)

        expect: "at publication, the edition and the live figures agree"
        published == liveBefore
        published.total() == 21

        when: "Kenya amends its return, raising one line by 100 cases and adding a line of 9, and it is accepted"
        amendAndAccept("KEN") { Long draft ->
            database.inTransaction { DSLContext db ->
                Long firstLine = db.select(CASE_LINE.ID).from(CASE_LINE).where(CASE_LINE.RETURN_ID.eq(draft))
                        .orderBy(CASE_LINE.ID).limit(1).fetchOne(CASE_LINE.ID)
                db.update(CASE_LINE).set(CASE_LINE.CASE_COUNT, CASE_LINE.CASE_COUNT.plus(100))
                        .where(CASE_LINE.ID.eq(firstLine)).execute()
            }
            fixture.addLine(draft, 9)
        }
        def liveAfter = analytics.run(CASES_BY_STATE)

        then: "the live figures count the amendment"
        liveAfter.total() == 21 + 109
        cell(liveAfter, "KEN") == 12 + 109

        and: "the edition's figures are exactly what they were, cell for cell"
        analytics.run(CASES_BY_STATE.over(editions.returnIds(edition.id()))) == published
        cell(published, "KEN") == 12
    }

    def "re-publishing makes a second edition whose change note counts what changed, and the first stays readable"() {
        given:
        Edition firstEdition = publisher.publish(CYCLE, null, null)
        Set<Long> firstIds = editions.returnIds(firstEdition.id())

        when: "Kenya amends (+100 cases), Ghana's submitted version 2 is accepted, and Mexico's first return is accepted"
        amendAndAccept("KEN") { Long draft -> fixture.addLine(draft, 100) }
        accept(ids.gha2)
        Long mex = fixture.version(cycleId, "MEX", 1, "ACCEPTED", [8, 8])
        database.account("publisher@unodc.example", "analyst passphrase", "ANALYST")
        Long analyst = database.inTransaction { DSLContext db -> db.select(APP_USER.ID).from(APP_USER).fetchOne(APP_USER.ID) }
        Edition second = publisher.publish(CYCLE, analyst, "  Kenya and Ghana corrected their returns.\n")

        then: "the second edition counts the new versions"
        second.number() == 2
        editions.returnIds(second.id()) == fixture.latestAccepted(cycleId).values() as Set
        editions.returnIds(second.id()).contains(mex)

        and: "its change note agrees with a count over the rows"
        def cases = fixture.casesByReturn()
        long before = firstIds.sum { cases[it] } as long
        long after = fixture.latestAccepted(cycleId).values().sum { cases[it] } as long
        with(second.changes()) {
            !first()
            returnsCounted() == 4
            returnsAdded() == 1
            returnsAmended() == 2
            returnsWithdrawn() == 0
            casesBefore() == before
            casesAfter() == after
            note() == "Kenya and Ghana corrected their returns."
        }
        before == 21
        after == 21 + 100 + 10 + 16
        second.changeNote() == "Kenya and Ghana corrected their returns."
        second.changes().words(Text.ENGLISH) == "Returns amended: 2; returns added: 1; cases: +126 (from 21 to 147)"
        second.changes().words(Text.of(Language.FR)) == "Rapports modifiés : 2 ; rapports ajoutés : 1 ; affaires : +126 (de 21 à 147)"

        and: "the first edition is still there, unchanged"
        editions.find(CYCLE, 1).get() == firstEdition
        editions.returnIds(firstEdition.id()) == firstIds
        editions.latest(CYCLE).get() == second
        editions.of(CYCLE)*.number() == [2, 1]

        and: "the publication is in the audit trail, by the analyst"
        def event = database.inTransaction { DSLContext db ->
            db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("EDITION_PUBLISHED")).orderBy(AUDIT_EVENT.ID.desc()).limit(1).fetchOne()
        }
        event.actor == "publisher@unodc.example"
        event.entityId == String.valueOf(second.id())
        event.afterValue.contains('"returnsAmended":2')
    }

    def "the public pages know an edition as soon as it is published, not at their next look"() {
        given:
        publishedIndex.refresh()

        when:
        Edition edition = publisher.publish(CYCLE, null, null)

        then:
        publishedIndex.current().find(CYCLE, edition.number()).isPresent()
    }

    def "publishing again when nothing changed is refused and writes nothing"() {
        given:
        publisher.publish(CYCLE, null, null)

        when: "a draft and a submission change nothing that an edition counts"
        fixture.version(cycleId, "KEN", 2, "SUBMITTED", [1000])
        publisher.publish(CYCLE, null, "Again")

        then:
        def refused = thrown(PublicationRefusedException)
        refused.key() == "publish.refused.unchanged"
        refused.arguments() == [1] as Object[]
        editionCount() == 1
        publisher.next(CYCLE).get().refusal().get() == "publish.refused.unchanged"
    }

    def "a cycle with no accepted return cannot be published"() {
        given:
        Long empty = database.insertCycle("2042", 2042)
        fixture.version(empty, "KEN", 1, "SUBMITTED", [5])

        when:
        publisher.publish("2042", null, null)

        then:
        thrown(PublicationRefusedException)
        editionCount() == 0
        publisher.next("2042").get().refusal().get() == "publish.refused.noAccepted"
        publisher.next("nope").isEmpty()
    }

    def "a note of #length characters is #outcome"() {
        when:
        def published = null
        try {
            published = publisher.publish(CYCLE, null, "é" * length)
        } catch (PublicationRefusedException refused) {
            assert refused.key() == "publish.refused.noteTooLong"
        }

        then:
        (published != null) == accepted
        editionCount() == (accepted ? 1 : 0)
        !accepted || editions.latest(CYCLE).get().changeNote().length() == length

        where:
        length || accepted
        1000   || true
        1001   || false
        outcome = accepted ? "kept as written" : "refused, and nothing is written"
    }

    def "a State counted before and not now is counted as withdrawn"() {
        given:
        publisher.publish(CYCLE, null, null)

        when: "a correction in the database takes back France's acceptances, which the workflow never does"
        database.inTransaction { DSLContext db ->
            db.update(STATE_RETURN).set(STATE_RETURN.STATUS, "RETURNED").where(STATE_RETURN.ID.in(ids.fra1, ids.fra2)).execute()
        }
        Edition second = publisher.publish(CYCLE, null, null)

        then:
        second.changes().returnsWithdrawn() == 1
        second.changes().returnsAmended() == 0
        second.changes().casesAfter() == 15
        second.changes().words(Text.ENGLISH) == "Returns withdrawn: 1; cases: −6 (from 21 to 15)"
        !editions.consents(second.id()).containsKey("FRA")
    }

    /** The officer amends the State's return, the closure changes the draft, then it is submitted and accepted. */
    private void amendAndAccept(String iso3, PublicationConsent consent = null, Closure changeDraft) {
        def cycle = officerReturns.cycle(CYCLE).get()
        def latest = officerReturns.latest(cycle.id, iso3).get()
        officerReturns.amend("officer@state.example", cycle, iso3, latest.lockVersion)
        def draft = officerReturns.latest(cycle.id, iso3).get()
        changeDraft(draft.id)
        officerReturns.submit("officer@state.example", cycle, iso3, draft.lockVersion, consent)
        accept(draft.id)
    }

    private void accept(Long returnId) {
        def lock = database.inTransaction { DSLContext db ->
            db.select(STATE_RETURN.LOCK_VERSION).from(STATE_RETURN).where(STATE_RETURN.ID.eq(returnId)).fetchOne(STATE_RETURN.LOCK_VERSION)
        }
        workflow.accept("analyst@unodc.example", returnId, lock)
    }

    /** Editions in the database; with none, no pinned version either. */
    private int editionCount() {
        database.inTransaction { DSLContext db ->
            int editions = db.fetchCount(EDITION)
            assert editions > 0 || db.fetchCount(EDITION_RETURN) == 0
            editions
        }
    }

    private static BigDecimal cell(def table, String iso3) {
        table.cells()[table.rows().findIndexOf { it.code() == iso3 }][0]
    }
}
