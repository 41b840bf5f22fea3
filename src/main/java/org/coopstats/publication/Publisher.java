package org.coopstats.publication;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.StateReturn;
import org.jooq.DSLContext;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.NoSuchElementException;

import static org.coopstats.db.Tables.EDITION;
import static org.coopstats.db.Tables.EDITION_RETURN;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.field;

/**
 * Publishing a cycle: a new edition that pins each State's latest accepted return version, with
 * the consent that version carries. Drafts, returned and submitted-but-unreviewed versions are
 * never pinned, so they can never reach a public page.
 */
@Singleton
public class Publisher {

    private final DSLContext db;
    private final PublicationSettings settings;
    private final Editions editions;

    Publisher(DSLContext db, PublicationSettings settings, Editions editions) {
        this.db = db;
        this.settings = settings;
        this.editions = editions;
    }

    @Transactional
    public Edition publish(String cycle, @Nullable Long analystId, @Nullable String changeNote) {
        Long cycleId = db.select(REPORTING_CYCLE.ID).from(REPORTING_CYCLE).where(REPORTING_CYCLE.CODE.eq(cycle))
                .forUpdate().fetchOptional(REPORTING_CYCLE.ID)
                .orElseThrow(() -> new NoSuchElementException("no reporting cycle " + cycle));
        int number = db.select(coalesce(max(EDITION.NUMBER), 0)).from(EDITION).where(EDITION.CYCLE_ID.eq(cycleId))
                .fetchOne().value1() + 1;
        int statesParties = db.fetchCount(STATE, STATE.UNTOC_PARTY.isTrue());
        Long editionId = db.insertInto(EDITION)
                .set(EDITION.CYCLE_ID, cycleId)
                .set(EDITION.NUMBER, number)
                .set(EDITION.PUBLISHED_AT, LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS))
                .set(EDITION.PUBLISHED_BY, analystId)
                .set(EDITION.STATES_PARTIES, statesParties)
                .set(EDITION.SUPPRESSION_THRESHOLD, settings.getSuppressionThreshold())
                .set(EDITION.CHANGE_NOTE, changeNote)
                .returningResult(EDITION.ID).fetchOne().value1();
        StateReturn later = STATE_RETURN.as("later");
        db.insertInto(EDITION_RETURN, EDITION_RETURN.EDITION_ID, EDITION_RETURN.RETURN_ID, EDITION_RETURN.STATE_ISO3,
                        EDITION_RETURN.NAMED)
                .select(select(inline(editionId), STATE_RETURN.ID, STATE_RETURN.STATE_ISO3,
                        field(STATE_RETURN.PUBLICATION_CONSENT.eq("NAMED")))
                        .from(STATE_RETURN)
                        .where(STATE_RETURN.CYCLE_ID.eq(cycleId))
                        .and(STATE_RETURN.STATUS.eq("ACCEPTED"))
                        .andNotExists(selectOne().from(later)
                                .where(later.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                                .and(later.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3))
                                .and(later.STATUS.eq("ACCEPTED"))
                                .and(later.VERSION.gt(STATE_RETURN.VERSION))))
                .execute();
        return editions.find(cycle, number).orElseThrow();
    }
}
