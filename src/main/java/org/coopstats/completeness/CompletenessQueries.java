package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.Region;
import org.coopstats.db.tables.StateReturn;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.REGION;
import static org.coopstats.db.Tables.REPORTING_CYCLE;
import static org.coopstats.db.Tables.STATE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;

/** Which States parties have reported into a cycle, and how far each return has gone. */
@Singleton
@Transactional(readOnly = true)
public class CompletenessQueries {

    private final DSLContext db;

    CompletenessQueries(DSLContext db) {
        this.db = db;
    }

    /** Every cycle, the latest period first. */
    public List<CycleRef> cycles() {
        return db.select(REPORTING_CYCLE.ID, REPORTING_CYCLE.CODE, REPORTING_CYCLE.PERIOD_START,
                        REPORTING_CYCLE.PERIOD_END, REPORTING_CYCLE.DEADLINE)
                .from(REPORTING_CYCLE)
                .orderBy(REPORTING_CYCLE.PERIOD_START.desc(), REPORTING_CYCLE.CODE.desc())
                .fetch(mapping(CycleRef::new));
    }

    public Optional<CycleRef> cycle(String code) {
        return db.select(REPORTING_CYCLE.ID, REPORTING_CYCLE.CODE, REPORTING_CYCLE.PERIOD_START,
                        REPORTING_CYCLE.PERIOD_END, REPORTING_CYCLE.DEADLINE)
                .from(REPORTING_CYCLE)
                .where(REPORTING_CYCLE.CODE.eq(code))
                .fetchOptional(mapping(CycleRef::new));
    }

    /** The M49 regions, without their sub-regions, in the UN's order. */
    public List<RegionRef> regions() {
        return db.select(REGION.CODE, REGION.LABEL_EN)
                .from(REGION)
                .where(REGION.PARENT_CODE.isNull())
                .orderBy(REGION.SORT_ORDER)
                .fetch(mapping(RegionRef::new));
    }

    /** Every State party, by name, with where its return stands in the cycle. */
    public List<StateCompleteness> states(long cycleId) {
        Map<String, List<ReturnRow>> returns = returns(cycleId).stream()
                .collect(Collectors.groupingBy(ReturnRow::iso3));
        return parties().stream()
                .map(party -> party.with(returns.getOrDefault(party.iso3(), List.of())))
                .toList();
    }

    private List<Party> parties() {
        Region region = REGION.as("region");
        Region subregion = REGION.as("subregion");
        return db.select(STATE.ISO3, STATE.NAME_EN, region.CODE, region.LABEL_EN, subregion.CODE, subregion.LABEL_EN)
                .from(STATE)
                .join(region).on(region.CODE.eq(STATE.REGION_CODE))
                .leftJoin(subregion).on(subregion.CODE.eq(STATE.SUBREGION_CODE))
                .where(STATE.UNTOC_PARTY.isTrue())
                .orderBy(STATE.NAME_EN)
                .fetch(mapping(Party::new));
    }

    /**
     * For each State, its latest version and its latest version out of draft: the same row
     * unless an amendment is in draft. Lines are counted for those rows only.
     */
    private List<ReturnRow> returns(long cycleId) {
        return db.select(STATE_RETURN.STATE_ISO3, STATE_RETURN.ID, STATE_RETURN.VERSION, STATE_RETURN.STATUS,
                        STATE_RETURN.SUBMITTED_AT, STATE_RETURN.LATE, count(CASE_LINE.ID),
                        coalesce(sum(CASE_LINE.CASE_COUNT), inline(BigDecimal.ZERO)))
                .from(STATE_RETURN)
                .leftJoin(CASE_LINE).on(CASE_LINE.RETURN_ID.eq(STATE_RETURN.ID))
                .where(STATE_RETURN.CYCLE_ID.eq(cycleId))
                .and(STATE_RETURN.VERSION.eq(latestVersion(false))
                        .or(STATE_RETURN.VERSION.eq(latestVersion(true))))
                .groupBy(STATE_RETURN.ID)
                .fetch(mapping(ReturnRow::new));
    }

    private static Field<Integer> latestVersion(boolean outOfDraft) {
        StateReturn other = STATE_RETURN.as("other");
        return select(max(other.VERSION))
                .from(other)
                .where(other.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                .and(other.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3))
                .and(outOfDraft ? other.STATUS.ne("DRAFT") : noCondition())
                .asField();
    }

    private record Party(String iso3, String name, String regionCode, String regionLabel,
                         @Nullable String subregionCode, @Nullable String subregionLabel) {

        /**
         * The status comes from the latest version out of draft: an amendment in draft does not
         * undo a submission, and the analytics go on counting that version meanwhile. Only a
         * return that was never submitted is a draft.
         */
        StateCompleteness with(List<ReturnRow> rows) {
            Optional<ReturnRow> draft = rows.stream().filter(ReturnRow::isDraft).findFirst();
            Optional<ReturnRow> sent = rows.stream().filter(row -> !row.isDraft()).findFirst();
            Optional<ReturnRow> shown = sent.or(() -> draft);
            if (shown.isEmpty()) {
                return new StateCompleteness(iso3, name, regionCode, regionLabel, subregionCode, subregionLabel,
                        CompletenessStatus.NONE, null, null, null, false, 0, BigDecimal.ZERO, null);
            }
            ReturnRow row = shown.get();
            Integer amendment = sent.isPresent() && draft.isPresent() ? draft.get().version() : null;
            return new StateCompleteness(iso3, name, regionCode, regionLabel, subregionCode, subregionLabel,
                    CompletenessStatus.of(row.status(), row.late()), row.id(), row.version(), row.submittedAt(),
                    row.late(), row.lines(), row.cases(), amendment);
        }
    }

    private record ReturnRow(String iso3, long id, int version, String status, @Nullable LocalDateTime submittedAt,
                             boolean late, int lines, BigDecimal cases) {

        boolean isDraft() {
            return "DRAFT".equals(status);
        }
    }
}
