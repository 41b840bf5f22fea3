package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.TaxonomyLabels;
import org.coopstats.i18n.Text;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/**
 * The names of States and regions on the completeness page, in the page's language (TaxonomyLabels);
 * in English they are the database's, as the CSV file gives them.
 */
@Singleton
class CompletenessLabels {

    private final TaxonomyLabels labels;

    CompletenessLabels(TaxonomyLabels labels) {
        this.labels = labels;
    }

    /** The report with its names in the text's language, States in that language's alphabetical order. */
    CompletenessReport in(CompletenessReport report, Text text) {
        if (text.language() == Language.EN) {
            return report;
        }
        List<RegionRef> regions = report.regions().stream()
                .map(region -> new RegionRef(region.code(), region(region.code(), text))).toList();
        Collator collator = Collator.getInstance(text.locale());
        List<StateCompleteness> states = report.states().stream()
                .map(state -> state.named(state(state.iso3(), text),
                        region(state.regionCode(), text), subregion(state, text)))
                .sorted(Comparator.comparing(StateCompleteness::name, collator))
                .toList();
        return new CompletenessReport(report.cycle(), regions, states);
    }

    private String region(String code, Text text) {
        return labels.label("region", code, text.locale());
    }

    private String state(String iso3, Text text) {
        return labels.label(TaxonomyLabels.STATE_TAXONOMY, iso3, text.locale());
    }

    private @Nullable String subregion(StateCompleteness state, Text text) {
        return state.subregionCode() == null ? state.subregionLabel() : region(state.subregionCode(), text);
    }
}
