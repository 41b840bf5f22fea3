package org.coopstats.demo

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.coopstats.publication.Edition
import org.coopstats.publication.Editions
import org.coopstats.support.TestDatabase
import org.jooq.DSLContext
import spock.lang.Shared
import spock.lang.Specification

import java.time.LocalDateTime
import java.time.ZoneOffset

import static org.coopstats.db.Tables.CASE_LINE
import static org.coopstats.db.Tables.STATE_RETURN

/** The demo's consents and editions: what a newcomer finds published on the first start. */
@MicronautTest(transactional = false)
class DemoPublicationSpec extends Specification {

    @Inject
    TestDatabase database

    @Inject
    DemoDataService demoData

    @Inject
    DemoStatuses statuses

    @Inject
    DemoAccounts accounts

    @Inject
    DemoPublication publication

    @Inject
    Editions editions

    @Shared
    List<Edition> made

    @Shared
    List<String> latestCycleStates

    def setup() {
        if (made != null) {
            return
        }
        database.removeAccounts()
        database.removeReturnsAndCycles()
        demoData.load(2015, 3_000)
        latestCycleStates = accounts.latestCycleReporters()
        statuses.apply(latestCycleStates)
        made = publication.publish(2015)
    }


    def "about half the demo States consent to be named, each the same in both cycles"() {
        given:
        def rows = database.inTransaction { DSLContext db ->
            db.select(STATE_RETURN.STATE_ISO3, STATE_RETURN.PUBLICATION_CONSENT).from(STATE_RETURN).fetch()
        }
        def byState = rows.groupBy { it.value1() }.collectEntries { iso3, versions -> [iso3, versions*.value2() as Set] }

        expect:
        byState.values().every { it.size() == 1 }
        def named = byState.values().count { it == ["NAMED"] as Set }
        named >= byState.size() * 0.35 && named <= byState.size() * 0.65
        byState.keySet().every { DemoDataService.consent(2015, it) == byState[it].first() }
    }

    def "both cycles are published: 2023 twice, 2024 once"() {
        expect:
        made*.path() == ["2023/1", "2023/2", "2024/1"]
        editions.all()*.path() == ["2024/1", "2023/2", "2023/1"]
        made[0].publishedAt() < made[1].publishedAt()
        made.every { !it.publishedAt().isAfter(LocalDateTime.now(ZoneOffset.UTC)) }
    }

    def "the second 2023 edition counts three amended returns, and its change note agrees with the rows"() {
        given:
        def second = made[1].changes()
        Set<Long> firstIds = editions.returnIds(made[0].id())
        Set<Long> secondIds = editions.returnIds(made[1].id())

        expect:
        second.returnsAmended() == DemoPublication.AMENDED_RETURNS
        second.returnsAdded() == 0
        second.returnsWithdrawn() == 0
        second.casesBefore() == cases(firstIds)
        second.casesAfter() == cases(secondIds)
        second.casesAfter() > second.casesBefore()
        made[1].changeNote() == DemoPublication.SECOND_EDITION_NOTE
        (secondIds - firstIds).size() == 3
        versions(secondIds - firstIds) == [2, 2, 2]
    }

    def "the 2024 edition leaves out the submitted, returned and draft returns and counts the amended one's version 2"() {
        given:
        Set<Long> ids = editions.returnIds(made[2].id())
        def pinned = database.inTransaction { DSLContext db ->
            db.select(STATE_RETURN.STATE_ISO3, STATE_RETURN.VERSION, STATE_RETURN.STATUS).from(STATE_RETURN)
                    .where(STATE_RETURN.ID.in(ids)).fetch()
        }

        expect:
        pinned.every { it.value3() == "ACCEPTED" }
        !pinned*.value1().any { it in latestCycleStates.take(3) }
        pinned.find { it.value1() == latestCycleStates[3] }.value2() == 2
        made[2].changes().returnsCounted() == latestCycleStates.size() - 3
    }

    private long cases(Set<Long> ids) {
        database.inTransaction { DSLContext db ->
            db.select(CASE_LINE.CASE_COUNT).from(CASE_LINE).where(CASE_LINE.RETURN_ID.in(ids)).fetch(CASE_LINE.CASE_COUNT).sum() as long
        }
    }

    private List<Integer> versions(Set<Long> ids) {
        database.inTransaction { DSLContext db ->
            db.select(STATE_RETURN.VERSION).from(STATE_RETURN).where(STATE_RETURN.ID.in(ids)).fetch(STATE_RETURN.VERSION)
        }
    }
}
