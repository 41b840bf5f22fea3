package org.coopstats.analytics;

import org.jooq.Condition;
import org.jooq.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.coopstats.db.Tables.CASE_LINE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

/**
 * What one cell, row total, column total or the grand total is made of: sums of case counts
 * (all cases, under the Convention, refused, decided, on forbidden grounds, with electronic
 * evidence), lines, the reporting States, and how many lines took each number of days. These
 * add up across groups of lines, so every total is the true figure of its lines even for
 * measures that do not add up (States, shares, rates, percentiles), from one pass over the lines.
 */
final class CellFigures {

    /** A sum read per group of lines; a measure reads only the parts it needs. */
    enum Part {
        CASES(sum(CASE_LINE.CASE_COUNT)),
        LINES(count().cast(BigDecimal.class)),
        CONVENTION_CASES(casesWhere(CASE_LINE.LEGAL_BASIS_CATEGORY.eq("UNTOC"))),
        REFUSED_CASES(casesWhere(CASE_LINE.OUTCOME.eq("REFUSED"))),
        DECIDED_CASES(casesWhere(CASE_LINE.OUTCOME.in("EXECUTED", "PARTLY_EXECUTED", "REFUSED"))),
        FORBIDDEN_CASES(casesWhere(CASE_LINE.REFUSAL_GROUND.in("BANK_SECRECY", "FISCAL_OFFENCE"))),
        ELECTRONIC_CASES(casesWhere(CASE_LINE.ELECTRONIC_EVIDENCE.eq("YES")));

        private final Field<BigDecimal> field;

        Part(Field<BigDecimal> field) {
            this.field = field;
        }

        /** The sum to read; the share's numerator counts the legal basis the query asks about. */
        Field<BigDecimal> field(String basis) {
            return this == CONVENTION_CASES ? casesWhere(CASE_LINE.LEGAL_BASIS_CATEGORY.eq(basis)) : field;
        }

        static List<Part> of(Measure measure) {
            return switch (measure) {
                case CASES -> List.of(CASES);
                case LINES, STATES, MEDIAN_DAYS, P90_DAYS -> List.of(LINES);
                case CONVENTION_SHARE -> List.of(CONVENTION_CASES, CASES);
                case REFUSAL_RATE -> List.of(REFUSED_CASES, DECIDED_CASES);
                case FORBIDDEN_REFUSALS -> List.of(FORBIDDEN_CASES);
                case ELECTRONIC_EVIDENCE_SHARE -> List.of(ELECTRONIC_CASES, CASES);
            };
        }

        private static Field<BigDecimal> casesWhere(Condition condition) {
            return sum(when(condition, CASE_LINE.CASE_COUNT).else_(inline(0)));
        }
    }

    private final long[] sums = new long[Part.values().length];
    private final Set<String> states = new HashSet<>();
    /** days from request to completion -> lines, for the percentiles */
    private final TreeMap<Integer, Long> days = new TreeMap<>();

    /** Adds a group of lines: its parts, its reporting State (null when not told apart) and its days (null when not asked). */
    void add(Map<Part, Long> parts, String state, Integer lineDays) {
        parts.forEach((part, value) -> sums[part.ordinal()] += value);
        if (state != null) {
            states.add(state);
        }
        if (lineDays != null) {
            days.merge(lineDays, parts.get(Part.LINES), Long::sum);
        }
    }

    BigDecimal value(Measure measure) {
        return switch (measure) {
            case CASES -> number(total(Part.CASES));
            case LINES -> number(total(Part.LINES));
            case STATES -> number(states.size());
            case CONVENTION_SHARE -> share(total(Part.CONVENTION_CASES), total(Part.CASES));
            case REFUSAL_RATE -> share(total(Part.REFUSED_CASES), total(Part.DECIDED_CASES));
            case FORBIDDEN_REFUSALS -> number(total(Part.FORBIDDEN_CASES));
            case ELECTRONIC_EVIDENCE_SHARE -> share(total(Part.ELECTRONIC_CASES), total(Part.CASES));
            case MEDIAN_DAYS, P90_DAYS -> {
                BigDecimal value = Percentiles.continuous(days, measure.percentile().getAsDouble());
                yield value == null ? null : scaled(value);
            }
        };
    }

    private long total(Part part) {
        return sums[part.ordinal()];
    }

    private static BigDecimal number(long value) {
        return BigDecimal.valueOf(value);
    }

    /** A fraction to four decimals, as MariaDB's division gave it; null where there is nothing to divide by. */
    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : plain(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP));
    }

    private static BigDecimal scaled(BigDecimal value) {
        return plain(value.scale() > 4 ? value.setScale(4, RoundingMode.HALF_UP) : value);
    }

    /** No trailing zeros, and no exponent either: 120 stays 120 in JSON rather than 1.2E+2. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
