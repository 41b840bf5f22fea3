package org.coopstats.published;

import jakarta.inject.Singleton;
import org.coopstats.analytics.Dimension;
import org.coopstats.analytics.Measure;
import org.coopstats.i18n.Language;

/**
 * SEAM, to be wired by the lead: the words of the public tables in the page's language. The
 * taxonomy helper's Labels.of(dimension, code, locale), Dimension.label(locale) and
 * Measure.label(locale) give them; until those are merged, every label is the English one the
 * analytics engine gives (english), so the public pages stay whole in every language.
 */
@Singleton
class PublishedLabels {

    /** The label of a code of the dimension; english is the engine's heading for it (a null code included). */
    String code(Dimension dimension, String code, String english, Language language) {
        return english;
    }

    String dimension(Dimension dimension, Language language) {
        return dimension.label();
    }

    String measure(Measure measure, Language language) {
        return measure.label();
    }
}
