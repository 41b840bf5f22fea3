package org.coopstats.explore;

import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Labels;
import org.coopstats.analytics.Measure;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;

import java.util.Map;

/**
 * The names of dimensions, measures and codes on the analyst page, in the page's language. In
 * English they are exactly those of the table and of /api/analytics (their order too).
 */
@Singleton
class ExploreLabels {

    private final Labels labels;

    ExploreLabels(Labels labels) {
        this.labels = labels;
    }

    String dimension(Dimension dimension, Text text) {
        return dimension.label(text.locale());
    }

    String measure(Measure measure, Text text) {
        return measure.label(text.locale());
    }

    /** Every code of the dimension with its label, in the taxonomy's order (States in the language's alphabetical order). */
    Map<String, String> options(Dimension dimension, Text text) {
        return english(text) ? labels.options(dimension) : labels.options(dimension, text.locale());
    }

    /** A row or column heading of a table, which the table itself labels in English. */
    String heading(Dimension dimension, AnalyticsTable.Heading heading, Text text) {
        return english(text) ? heading.label() : labels.of(dimension, heading.code(), text.locale());
    }

    /** The measure's name; for the share of another legal basis than the Convention, named after that basis. */
    String measure(AnalyticsQuery query, Text text) {
        if (query.measure() == Measure.CONVENTION_SHARE && !AnalyticsQuery.CONVENTION.equals(query.basis())) {
            return text.get("explore.measure.basisShare",
                    options(Dimension.LEGAL_BASIS, text).getOrDefault(query.basis(), query.basis()));
        }
        return measure(query.measure(), text);
    }

    private static boolean english(Text text) {
        return text.language() == Language.EN;
    }
}
