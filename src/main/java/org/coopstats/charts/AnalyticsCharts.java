package org.coopstats.charts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsRequest;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Labels;
import org.coopstats.analytics.Measure;

import java.util.Locale;
import java.util.Set;

/**
 * The chart of a breakdown, with the words around it worked out from the query: a title, axis
 * labels, and the source line.
 */
@Singleton
public class AnalyticsCharts {

    private final SourceLine sourceLine;
    private final Labels labels;

    AnalyticsCharts(SourceLine sourceLine, Labels labels) {
        this.sourceLine = sourceLine;
        this.labels = labels;
    }

    public Chart of(AnalyticsQuery query, AnalyticsTable table, @Nullable ChartType type, @Nullable String title,
                    Set<String> highlight) {
        return of(query, table, type, title, highlight, Locale.ENGLISH);
    }

    /**
     * The chart with its words in the locale's language: title, axis words and source line, the
     * names of its measure and dimensions included. The table's headings are the caller's.
     */
    public Chart of(AnalyticsQuery query, AnalyticsTable table, @Nullable ChartType type, @Nullable String title,
                    Set<String> highlight, Locale locale) {
        ChartWords words = ChartWords.of(locale);
        ChartType chosen = type != null ? type : defaultType(query);
        boolean stacked = chosen == ChartType.STACKED || chosen == ChartType.STACKED_PERCENT;
        if (stacked && (query.cols() == null || !query.measure().additive())) {
            throw AnalyticsRequest.Invalid.of("explore.problem.stackedNeedsCounts", query.measure().code());
        }
        String measure = measureLabel(query, locale);
        return new Chart(chosen, title == null || title.isBlank() ? title(query, measure, words) : title,
                query.rows() == null ? "" : query.rows().label(locale),
                chosen == ChartType.STACKED_PERCENT ? words.get("charts.axis.percentOf", words.lower(measure)) : measure,
                sourceLine.of(query, locale), table, highlight, locale, false);
    }

    /** A line over cycles, stacked bars for counts split two ways, plain bars otherwise. */
    public static ChartType defaultType(AnalyticsQuery query) {
        if (query.rows() == Dimension.CYCLE) {
            return ChartType.LINE;
        }
        boolean counts = query.measure() == Measure.CASES || query.measure() == Measure.LINES;
        return query.cols() != null && counts ? ChartType.STACKED : ChartType.BAR;
    }

    /** The measure's name; for the share of another legal basis than the Convention, that basis's name. */
    public String measureLabel(AnalyticsQuery query) {
        return measureLabel(query, Locale.ENGLISH);
    }

    public String measureLabel(AnalyticsQuery query, Locale locale) {
        if (query.measure() == Measure.CONVENTION_SHARE && !AnalyticsQuery.CONVENTION.equals(query.basis())) {
            return ChartWords.of(locale).get("charts.measure.basisShare",
                    labels.options(Dimension.LEGAL_BASIS, locale).getOrDefault(query.basis(), query.basis()));
        }
        return query.measure().label(locale);
    }

    private static String title(AnalyticsQuery query, String measure, ChartWords words) {
        if (query.rows() == null) {
            return measure;
        }
        String rows = words.lower(query.rows().label(words.locale()));
        return query.cols() == null ? words.get("charts.title.by", measure, rows)
                : words.get("charts.title.byAnd", measure, rows, words.lower(query.cols().label(words.locale())));
    }
}
