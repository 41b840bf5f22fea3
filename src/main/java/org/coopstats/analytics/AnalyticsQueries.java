package org.coopstats.analytics;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.jooq.impl.DSL.localDateDiff;

/**
 * Every figure of the analytics, computed from the case lines when asked: a return counts the
 * moment it is accepted. One grouped pass over the lines gives, per group, the sums a figure
 * is made of (CellFigures); the cells, row totals, column totals and the grand total are each
 * added up from those groups, so totals stay true for measures that do not add up (States,
 * shares, percentiles) without asking the database again.
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
        Map<List<String>, CellFigures> cells = new HashMap<>();
        Map<String, CellFigures> byRow = new HashMap<>();
        Map<String, CellFigures> byCol = new HashMap<>();
        CellFigures total = new CellFigures();
        group(query, (codes, parts, state, days) -> {
            cells.computeIfAbsent(codes, key -> new CellFigures()).add(parts, state, days);
            if (query.rows() != null) {
                byRow.computeIfAbsent(codes.get(0), key -> new CellFigures()).add(parts, state, days);
            }
            if (query.cols() != null) {
                byCol.computeIfAbsent(codes.get(1), key -> new CellFigures()).add(parts, state, days);
            }
            total.add(parts, state, days);
        });

        Measure measure = query.measure();
        List<String> rowCodes = query.rows() == null ? List.of() : codes(cells, 0, query.rows());
        List<String> colCodes = query.cols() == null ? List.of() : codes(cells, 1, query.cols());
        List<List<BigDecimal>> table = new ArrayList<>();
        if (query.rows() == null) {
            // a share of nothing is null, which List.of refuses
            table.add(java.util.Collections.singletonList(orZero(query, total.value(measure))));
        }
        for (String row : rowCodes) {
            List<BigDecimal> line = new ArrayList<>();
            if (query.cols() == null) {
                line.add(value(cells.get(key(row)), measure));
            } else {
                for (String col : colCodes) {
                    line.add(orZero(query, value(cells.get(key(row, col)), measure)));
                }
            }
            table.add(line);
        }
        return new AnalyticsTable(measure.code(),
                query.rows() == null ? null : query.rows().code(), query.cols() == null ? null : query.cols().code(),
                headings(query.rows(), rowCodes), headings(query.cols(), colCodes), table,
                rowCodes.stream().map(code -> value(byRow.get(code), measure)).toList(),
                colCodes.stream().map(code -> value(byCol.get(code), measure)).toList(),
                orZero(query, total.value(measure)));
    }

    private interface GroupSink {
        void accept(List<String> codes, Map<CellFigures.Part, Long> parts, String state, Integer days);
    }

    /**
     * The lines grouped by the query's dimensions, by return id as well when the figure needs
     * the reporting State (the States measure, the reporting-State dimension), and by days for
     * the percentiles; each group handed on with its codes and sums. Grouping by return id
     * otherwise would multiply the groups: by days, a table of percentiles had 230,000.
     */
    private void group(AnalyticsQuery query, GroupSink sink) {
        CountedLines lines = CountedLines.of(db, query);
        List<Dimension> dimensions = query.dimensions();
        boolean byReturnId = query.measure() == Measure.STATES || dimensions.contains(Dimension.REPORTING_STATE);
        List<Field<?>> keys = new ArrayList<>();
        if (byReturnId) {
            keys.add(CASE_LINE.RETURN_ID);
        }
        int[] positions = new int[dimensions.size()];
        for (int i = 0; i < dimensions.size(); i++) {
            Field<byte[]> key = lines.key(dimensions.get(i), byReturnId);
            positions[i] = key == null ? -1 : keys.size();
            if (key != null) {
                keys.add(key);
            }
        }
        Condition condition = lines.condition();
        int days = -1;
        if (query.measure().percentile().isPresent()) {
            days = keys.size();
            keys.add(localDateDiff(CASE_LINE.COMPLETED_ON, CASE_LINE.REQUESTED_ON));
            condition = condition.and(CASE_LINE.REQUESTED_ON.isNotNull()).and(CASE_LINE.COMPLETED_ON.isNotNull());
        }
        List<CellFigures.Part> parts = CellFigures.Part.of(query.measure());
        List<Field<?>> fields = new ArrayList<>(keys);
        parts.forEach(part -> fields.add(part.field(query.basis())));

        for (Record row : db.select(fields).from(CASE_LINE).where(condition).groupBy(keys).fetch()) {
            CountedLines.Return from = byReturnId ? lines.returnOf(row.get(0, Long.class)) : null;
            List<String> codes = new ArrayList<>(dimensions.size());
            for (int i = 0; i < dimensions.size(); i++) {
                codes.add(positions[i] < 0 ? from.code(dimensions.get(i)) : text(row.get(positions[i], byte[].class)));
            }
            Map<CellFigures.Part, Long> sums = new EnumMap<>(CellFigures.Part.class);
            for (int i = 0; i < parts.size(); i++) {
                sums.put(parts.get(i), row.get(keys.size() + i, Long.class));
            }
            sink.accept(codes, sums, from == null ? null : from.state(), days < 0 ? null : row.get(days, Integer.class));
        }
    }

    private static String text(byte[] code) {
        return code == null ? null : new String(code, StandardCharsets.UTF_8);
    }

    private List<AnalyticsTable.Heading> headings(Dimension dimension, List<String> codes) {
        return dimension == null ? List.of()
                : codes.stream().map(code -> new AnalyticsTable.Heading(code, labels.of(dimension, code))).toList();
    }

    /** The codes present at one position of the cell keys, in the dimension's own order. */
    /** The codes found at one position of the cell keys, in the dimension's usual order (taxonomy order, States by name), none last. */
    private List<String> codes(Map<List<String>, CellFigures> cells, int position, Dimension dimension) {
        List<String> usual = new ArrayList<>(labels.options(dimension).keySet());
        Comparator<String> order = Comparator.<String>comparingInt(code -> {
            int index = usual.indexOf(code);
            return index < 0 ? Integer.MAX_VALUE : index;
        }).thenComparing(Comparator.naturalOrder());
        TreeSet<String> codes = new TreeSet<>(Comparator.nullsLast(order));
        cells.keySet().forEach(key -> codes.add(key.get(position)));
        return new ArrayList<>(codes);
    }

    private static List<String> key(String... codes) {
        return Arrays.asList(codes);
    }

    private static BigDecimal value(CellFigures figures, Measure measure) {
        return figures == null ? null : figures.value(measure);
    }

    /** An empty cell of a count is 0; of a share, rate or percentile it stays empty (nothing to divide). */
    private static BigDecimal orZero(AnalyticsQuery query, BigDecimal value) {
        return value != null || query.measure().emptyWhenNothing() ? value : BigDecimal.ZERO;
    }
}
