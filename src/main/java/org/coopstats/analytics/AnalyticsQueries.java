package org.coopstats.analytics;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.coopstats.db.tables.StateReturn;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.coopstats.analytics.Dimension.COUNTERPART;
import static org.coopstats.analytics.Dimension.CYCLES;
import static org.coopstats.analytics.Dimension.OFFENCES;
import static org.coopstats.analytics.Dimension.REPORTER;
import static org.coopstats.db.Tables.CASE_LINE;
import static org.coopstats.db.Tables.STATE_RETURN;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

/**
 * Every figure of the analytics, computed from the case lines when asked: a return counts the
 * moment it is accepted. Cells, row totals, column totals and the grand total are each their
 * own grouping, so that totals stay true for measures that do not add up (States, shares).
 */
@Singleton
@Transactional(readOnly = true)
public class AnalyticsQueries {

    private final DSLContext db;
    private final Labels labels;

    AnalyticsQueries(DSLContext db, Labels labels) {
        this.db = db;
        this.labels = labels;
    }

    public AnalyticsTable run(AnalyticsQuery query) {
        Map<List<String>, BigDecimal> cells = grouped(query, query.dimensions());
        Map<List<String>, BigDecimal> byRow = query.cols() == null ? cells : margin(query, cells, List.of(query.rows()), 0);
        Map<List<String>, BigDecimal> byCol = query.cols() == null ? Map.of() : margin(query, cells, List.of(query.cols()), 1);
        BigDecimal total = query.dimensions().isEmpty() ? cells.get(List.of())
                : margin(query, cells, List.of(), -1).get(List.of());

        List<String> rowCodes = query.rows() == null ? List.of() : codes(cells, 0);
        List<String> colCodes = query.cols() == null ? List.of() : codes(cells, 1);
        List<List<BigDecimal>> table = new ArrayList<>();
        if (query.rows() == null) {
            table.add(List.of(orZero(query, total)));
        }
        for (String row : rowCodes) {
            List<BigDecimal> line = new ArrayList<>();
            if (query.cols() == null) {
                line.add(cells.get(key(row)));
            } else {
                for (String col : colCodes) {
                    line.add(orZero(query, cells.get(key(row, col))));
                }
            }
            table.add(line);
        }
        return new AnalyticsTable(query.measure().code(),
                query.rows() == null ? null : query.rows().code(), query.cols() == null ? null : query.cols().code(),
                headings(query.rows(), rowCodes), headings(query.cols(), colCodes), table,
                rowCodes.stream().map(code -> byRow.get(key(code))).toList(),
                colCodes.stream().map(code -> byCol.get(key(code))).toList(),
                orZero(query, total));
    }

    /**
     * Totals over one position of the cell keys (or over all of them, position -1): summed from
     * the cells when the measure adds up, asked of the database again when it does not.
     */
    private Map<List<String>, BigDecimal> margin(AnalyticsQuery query, Map<List<String>, BigDecimal> cells,
                                                 List<Dimension> dimensions, int position) {
        if (!query.measure().additive()) {
            return grouped(query, dimensions);
        }
        Map<List<String>, BigDecimal> sums = new HashMap<>();
        cells.forEach((key, value) -> sums.merge(position < 0 ? List.of() : java.util.Collections.singletonList(key.get(position)),
                value == null ? BigDecimal.ZERO : value, BigDecimal::add));
        return sums;
    }

    private Map<List<String>, BigDecimal> grouped(AnalyticsQuery query, List<Dimension> dimensions) {
        if (query.measure().percentile().isPresent()) {
            return percentiles(query, dimensions, query.measure().percentile().getAsDouble());
        }
        List<Field<?>> fields = new ArrayList<>();
        dimensions.forEach(dimension -> fields.add(dimension.field()));
        Field<BigDecimal> value = query.measure().field().as("value");
        fields.add(value);
        Map<List<String>, BigDecimal> values = new HashMap<>();
        joined(db, fields).where(counted(query)).and(filtered(query))
                .groupBy(dimensions.stream().map(Dimension::field).toList())
                .fetch()
                .forEach(row -> values.put(codesOf(row, dimensions), scaled(row.get(value))));
        return values;
    }

    /**
     * Days from request to completion, over the lines that have both dates: read per line and
     * interpolated like SQL's PERCENTILE_CONT, because MariaDB offers percentiles only as
     * window functions. Only two small numbers per line leave the database.
     */
    private Map<List<String>, BigDecimal> percentiles(AnalyticsQuery query, List<Dimension> dimensions, double percentile) {
        List<Field<?>> fields = new ArrayList<>();
        dimensions.forEach(dimension -> fields.add(dimension.field()));
        Field<Integer> days = org.jooq.impl.DSL.field("DATEDIFF({0}, {1})", Integer.class,
                CASE_LINE.COMPLETED_ON, CASE_LINE.REQUESTED_ON).as("days");
        fields.add(days);
        Map<List<String>, List<Integer>> daysByKey = new HashMap<>();
        joined(db, fields).where(counted(query)).and(filtered(query))
                .and(CASE_LINE.REQUESTED_ON.isNotNull()).and(CASE_LINE.COMPLETED_ON.isNotNull())
                .fetch()
                .forEach(row -> daysByKey.computeIfAbsent(codesOf(row, dimensions), key -> new ArrayList<>()).add(row.get(days)));
        Map<List<String>, BigDecimal> values = new HashMap<>();
        daysByKey.forEach((key, list) -> values.put(key, scaled(Percentiles.continuous(list, percentile))));
        return values;
    }

    /** The case lines with their return, cycle, reporting State, counterpart and offence. */
    static SelectJoinStep<Record> joined(DSLContext db, List<Field<?>> fields) {
        return db.select(fields)
                .from(CASE_LINE)
                .join(STATE_RETURN).on(STATE_RETURN.ID.eq(CASE_LINE.RETURN_ID))
                .join(CYCLES).on(CYCLES.ID.eq(STATE_RETURN.CYCLE_ID))
                .join(REPORTER).on(REPORTER.ISO3.eq(STATE_RETURN.STATE_ISO3))
                .leftJoin(COUNTERPART).on(COUNTERPART.ISO3.eq(CASE_LINE.COUNTERPART_ISO3))
                .join(OFFENCES).on(OFFENCES.CODE.eq(CASE_LINE.OFFENCE_TYPE));
    }

    /**
     * Returns in a counted status, and of those only each State's latest version in a cycle:
     * chosen among the few hundred returns first, so the lines are filtered by return id.
     */
    static Condition counted(AnalyticsQuery query) {
        StateReturn counted = STATE_RETURN.as("counted");
        StateReturn other = STATE_RETURN.as("other");
        return CASE_LINE.RETURN_ID.in(select(counted.ID).from(counted)
                .where(counted.STATUS.in(query.statuses()))
                .and(counted.VERSION.eq(select(max(other.VERSION)).from(other)
                        .where(other.CYCLE_ID.eq(counted.CYCLE_ID))
                        .and(other.STATE_ISO3.eq(counted.STATE_ISO3))
                        .and(other.STATUS.in(query.statuses())))));
    }

    static Condition filtered(AnalyticsQuery query) {
        Condition condition = noCondition();
        for (var filter : query.filters().entrySet()) {
            condition = condition.and(filter.getKey().field().in(filter.getValue()));
        }
        return condition;
    }

    private static List<String> codesOf(Record row, List<Dimension> dimensions) {
        List<String> codes = new ArrayList<>();
        for (Dimension dimension : dimensions) {
            codes.add(row.get(dimension.field()));
        }
        return codes;
    }

    private List<AnalyticsTable.Heading> headings(Dimension dimension, List<String> codes) {
        return dimension == null ? List.of()
                : codes.stream().map(code -> new AnalyticsTable.Heading(code, labels.of(dimension, code))).toList();
    }

    /** The codes present at one position of the cell keys, in the dimension's own order. */
    private List<String> codes(Map<List<String>, BigDecimal> cells, int position) {
        TreeSet<String> codes = new TreeSet<>(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        cells.keySet().forEach(key -> codes.add(key.get(position)));
        return new ArrayList<>(codes);
    }

    private static List<String> key(String... codes) {
        return java.util.Arrays.asList(codes);
    }

    /** An empty cell of a count is 0; of a share, rate or percentile it stays empty (nothing to divide). */
    private static BigDecimal orZero(AnalyticsQuery query, BigDecimal value) {
        return value != null || query.measure().emptyWhenNothing() ? value : BigDecimal.ZERO;
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : value.scale() > 4 ? value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
                : value.stripTrailingZeros();
    }
}
