package org.coopstats.analytics;

import org.coopstats.db.tables.StateReturn;
import org.jooq.CaseConditionStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.SQLDataType;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.coopstats.analytics.Dimension.CYCLES;
import static org.coopstats.analytics.Dimension.REPORTER;
import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.OFFENCE_TYPE;
import static org.coopstats.db.Tables.STATE;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

/**
 * The case lines behind a query, found without joining anything to them: the counted returns
 * (each State's latest version in a counted status, passing the filters on cycle, region and
 * reporting State) are read first, a few hundred rows, and the lines are then selected by
 * return id and their own columns only. Counterpart region and ICCS section are read through
 * the counterpart and offence codes. A join per line made MariaDB walk the lines through the
 * return-id index, a random read of the table for every line: several times slower than one
 * scan in key order.
 */
final class CountedLines {

    /** What a line takes from its return. */
    record Return(long id, String cycle, String state, String region, String subregion, int version, String status) {

        String code(Dimension dimension) {
            return switch (dimension) {
                case CYCLE -> cycle;
                case REGION -> region;
                case SUBREGION -> subregion;
                case REPORTING_STATE -> state;
                default -> throw new IllegalArgumentException(dimension + " is a dimension of the line, not of its return");
            };
        }
    }

    private final Map<Long, Return> returns;
    private final Map<String, String> counterpartRegions;
    private final Map<String, String> iccsSections;
    private final Condition condition;

    private CountedLines(Map<Long, Return> returns, Map<String, String> counterpartRegions,
                         Map<String, String> iccsSections, Condition condition) {
        this.returns = returns;
        this.counterpartRegions = counterpartRegions;
        this.iccsSections = iccsSections;
        this.condition = condition;
    }

    static CountedLines of(DSLContext db, AnalyticsQuery query) {
        Map<Long, Return> returns = countedReturns(db, query);
        Map<String, String> counterpartRegions = db.select(STATE.ISO3, STATE.REGION_CODE).from(STATE).fetchMap(STATE.ISO3, STATE.REGION_CODE);
        Map<String, String> iccsSections = db.select(OFFENCE_TYPE.CODE, OFFENCE_TYPE.ICCS_SECTION).from(OFFENCE_TYPE)
                .fetchMap(OFFENCE_TYPE.CODE, OFFENCE_TYPE.ICCS_SECTION);
        Condition condition = CASE_LINE.RETURN_ID.in(returns.keySet());
        for (var filter : query.filters().entrySet()) {
            Dimension dimension = filter.getKey();
            Set<String> codes = filter.getValue();
            condition = switch (dimension) {
                case CYCLE, REGION, SUBREGION, REPORTING_STATE -> condition;
                case COUNTERPART_REGION -> condition.and(CASE_LINE.COUNTERPART_ISO3.in(having(counterpartRegions, codes)));
                case ICCS_SECTION -> condition.and(CASE_LINE.OFFENCE_TYPE.in(having(iccsSections, codes)));
                default -> condition.and(dimension.field().in(codes));
            };
        }
        return new CountedLines(returns, counterpartRegions, iccsSections, condition);
    }

    Condition condition() {
        return condition;
    }

    Return returnOf(long id) {
        return returns.get(id);
    }

    /** True when the dimension is a property of the return rather than of the line. */
    static boolean ofReturn(Dimension dimension) {
        return switch (dimension) {
            case CYCLE, REGION, SUBREGION, REPORTING_STATE -> true;
            default -> false;
        };
    }

    /**
     * What the lines are grouped by for a dimension: its column, or for the dimensions read
     * through a code (the return's cycle or region, the counterpart's region, the offence's
     * section) a CASE over the lists of ids or codes that stand for each of its codes, so no
     * line is joined to anything. Null when lines grouped by return id give the code already.
     * Codes are compared as bytes: grouping by utf8mb4 text under its collation took about
     * twice as long.
     */
    Field<byte[]> key(Dimension dimension, boolean byReturnId) {
        Field<String> key = switch (dimension) {
            case CYCLE, REGION, SUBREGION, REPORTING_STATE -> byReturnId ? null : oneOf(CASE_LINE.RETURN_ID,
                    returns.values().stream().collect(groupingBy(from -> Optional.ofNullable(from.code(dimension)),
                            mapping(Return::id, toList()))));
            case COUNTERPART_REGION -> oneOf(CASE_LINE.COUNTERPART_ISO3, byCode(counterpartRegions));
            case ICCS_SECTION -> oneOf(CASE_LINE.OFFENCE_TYPE, byCode(iccsSections));
            default -> dimension.field();
        };
        return key == null ? null : key.cast(SQLDataType.BINARY);
    }

    /** CASE WHEN value IN (values of code 1) THEN code 1 ... END; NULL where no code has the value. */
    private static <T> Field<String> oneOf(Field<T> value, Map<Optional<String>, List<T>> valuesByCode) {
        CaseConditionStep<String> choice = null;
        for (var code : valuesByCode.entrySet()) {
            if (code.getKey().isPresent()) {
                Condition has = value.in(code.getValue());
                choice = choice == null ? when(has, inline(code.getKey().get())) : choice.when(has, inline(code.getKey().get()));
            }
        }
        return choice == null ? inline((String) null) : choice;
    }

    private static Map<Optional<String>, List<String>> byCode(Map<String, String> codeOf) {
        return codeOf.entrySet().stream().collect(groupingBy(entry -> Optional.ofNullable(entry.getValue()),
                mapping(Map.Entry::getKey, toList())));
    }

    private static Map<Long, Return> countedReturns(DSLContext db, AnalyticsQuery query) {
        StateReturn other = STATE_RETURN.as("other");
        Condition filters = noCondition();
        for (var filter : query.filters().entrySet()) {
            if (ofReturn(filter.getKey())) {
                filters = filters.and(filter.getKey().field().in(filter.getValue()));
            }
        }
        Map<Long, Return> returns = new HashMap<>();
        db.select(STATE_RETURN.ID, CYCLES.CODE, STATE_RETURN.STATE_ISO3, REPORTER.REGION_CODE, REPORTER.SUBREGION_CODE,
                        STATE_RETURN.VERSION, STATE_RETURN.STATUS)
                .from(STATE_RETURN)
                .join(CYCLES).on(CYCLES.ID.eq(STATE_RETURN.CYCLE_ID))
                .join(REPORTER).on(REPORTER.ISO3.eq(STATE_RETURN.STATE_ISO3))
                .where(query.returnIds() != null ? STATE_RETURN.ID.in(query.returnIds()) : latestCounted(query, other))
                .and(filters)
                .fetch()
                .forEach(row -> returns.put(row.value1(), new Return(row.value1(), row.value2(), row.value3(), row.value4(),
                        row.value5(), row.value6(), row.value7())));
        return returns;
    }

    private static Condition latestCounted(AnalyticsQuery query, StateReturn other) {
        return STATE_RETURN.STATUS.in(query.statuses())
                .and(STATE_RETURN.VERSION.eq(select(max(other.VERSION)).from(other)
                        .where(other.CYCLE_ID.eq(STATE_RETURN.CYCLE_ID))
                        .and(other.STATE_ISO3.eq(STATE_RETURN.STATE_ISO3))
                        .and(other.STATUS.in(query.statuses()))));
    }

    /** The keys whose value is one of the codes: the counterparts in some regions, the offences in some sections. */
    private static List<String> having(Map<String, String> values, Collection<String> codes) {
        return values.entrySet().stream().filter(entry -> codes.contains(entry.getValue())).map(Map.Entry::getKey).toList();
    }
}
