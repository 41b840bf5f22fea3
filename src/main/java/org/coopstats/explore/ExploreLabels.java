package org.coopstats.explore;

import jakarta.inject.Singleton;
import org.coopstats.analytics.AnalyticsQuery;
import org.coopstats.analytics.AnalyticsTable;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Labels;
import org.coopstats.analytics.Measure;
import org.coopstats.i18n.Text;

import java.util.Map;

/**
 * The names of dimensions, measures and codes on the analyst page, in the page's language. The one
 * place that asks for them, so that when the six-language labels (Dimension.label(Locale),
 * Measure.label(Locale), Labels by locale) reach this code, only this class changes; until then
 * they are English.
 */
@Singleton
class ExploreLabels {

    private final Labels labels;

    ExploreLabels(Labels labels) {
        this.labels = labels;
    }

    String dimension(Dimension dimension, Text text) {
        return dimension.label();
    }

    String measure(Measure measure, Text text) {
        return measure.label();
    }

    /** Every code of the dimension with its label, in the taxonomy's order. */
    Map<String, String> options(Dimension dimension, Text text) {
        return labels.options(dimension);
    }

    /** A row or column heading of a table (the table itself is labelled in English). */
    String heading(Dimension dimension, AnalyticsTable.Heading heading, Text text) {
        return heading.label();
    }

    /** The measure's name; for the share of another legal basis than the Convention, named after that basis. */
    String measure(AnalyticsQuery query, Text text) {
        if (query.measure() == Measure.CONVENTION_SHARE && !AnalyticsQuery.CONVENTION.equals(query.basis())) {
            return text.get("explore.measure.basisShare",
                    options(Dimension.LEGAL_BASIS, text).getOrDefault(query.basis(), query.basis()));
        }
        return measure(query.measure(), text);
    }
}
