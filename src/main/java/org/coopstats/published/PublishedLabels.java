package org.coopstats.published;

import jakarta.inject.Singleton;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Labels;
import org.coopstats.analytics.Measure;
import org.coopstats.i18n.Language;

/** The words of the public tables in the page's language: codes' labels, dimensions and measures. */
@Singleton
class PublishedLabels {

    private final Labels labels;

    PublishedLabels(Labels labels) {
        this.labels = labels;
    }

    /** The label of a code of the dimension; english is the engine's heading for it, kept for cycles. */
    String code(Dimension dimension, String code, String english, Language language) {
        return dimension == Dimension.CYCLE ? english : labels.of(dimension, code, language.locale());
    }

    String dimension(Dimension dimension, Language language) {
        return dimension.label(language.locale());
    }

    String measure(Measure measure, Language language) {
        return measure.label(language.locale());
    }
}
