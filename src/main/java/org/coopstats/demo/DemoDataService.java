package org.coopstats.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.cycles.CycleRepository;
import org.coopstats.cycles.ReportingCycle;
import org.jooq.DSLContext;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;

import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.Records.mapping;

/**
 * Fills the database with a deterministic demo: the two cycles, the returns of the States that
 * report in them, and any number of case lines. The same seed and size always give the same rows.
 */
@Singleton
public class DemoDataService {

    private final DSLContext db;
    private final CycleRepository cycles;

    DemoDataService(DSLContext db, CycleRepository cycles) {
        this.db = db;
        this.cycles = cycles;
    }

    @Transactional
    public GenerationSummary load(long seed, int lines) {
        if (lines < 0) {
            throw new IllegalArgumentException("the number of lines cannot be negative: " + lines);
        }
        Random random = new Random(seed);
        DemoPlan plan = DemoPlan.create(random, states());
        Map<String, Long> returnIds = insertCyclesAndReturns(plan, seed);
        GenerationSummary.Tally tally = new GenerationSummary.Tally(plan);
        CaseLineGenerator generator = new CaseLineGenerator(plan, random);
        db.connection(connection -> CaseLineBulkLoad.run(connection, returnIds,
                sink -> generator.generate(lines, line -> {
                    tally.add(line);
                    sink.accept(line);
                })));
        return tally.summary(seed);
    }

    @Transactional(readOnly = true)
    public boolean databaseHasCycles() {
        return cycles.count() > 0;
    }

    /**
     * About half the States consent to be named, the same in both cycles. The choice has its own
     * generator, seeded from the demo's seed and the State, so the case lines of a seed stay
     * what they were before consent existed.
     */
    static String consent(long seed, String iso3) {
        return new SplittableRandom(seed * 31 + iso3.hashCode()).nextBoolean() ? "NAMED" : "TOTALS_ONLY";
    }

    private List<StateRef> states() {
        return db.select(STATE.ISO3, STATE.REGION_CODE, STATE.SUBREGION_CODE, STATE.UNTOC_PARTY)
                .from(STATE)
                .orderBy(STATE.ISO3)
                .fetch(mapping(StateRef::new));
    }

    private Map<String, Long> insertCyclesAndReturns(DemoPlan plan, long seed) {
        Map<String, Long> returnIds = new HashMap<>();
        for (int index = 0; index < plan.cycles().size(); index++) {
            DemoPlan.Cycle planned = plan.cycles().get(index);
            ReportingCycle cycle = cycles.save(
                    ReportingCycle.calendarYear(planned.year(), planned.opensOn(), planned.deadline()));
            for (DemoPlan.Submission submission : planned.submissions()) {
                Long id = db.insertInto(STATE_RETURN)
                        .set(STATE_RETURN.CYCLE_ID, cycle.id())
                        .set(STATE_RETURN.STATE_ISO3, submission.iso3())
                        .set(STATE_RETURN.VERSION, 1)
                        .set(STATE_RETURN.STATUS, "ACCEPTED")
                        .set(STATE_RETURN.SUBMITTED_AT, submission.submittedAt().atOffset(ZoneOffset.UTC).toLocalDateTime())
                        .set(STATE_RETURN.LATE, submission.late())
                        .set(STATE_RETURN.PUBLICATION_CONSENT, consent(seed, submission.iso3()))
                        .returningResult(STATE_RETURN.ID)
                        .fetchOne(STATE_RETURN.ID);
                returnIds.put(CaseLineRows.returnKey(index, submission.iso3()), id);
            }
        }
        return returnIds;
    }
}
