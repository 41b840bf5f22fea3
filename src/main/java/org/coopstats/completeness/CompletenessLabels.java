package org.coopstats.completeness;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

/**
 * The names of States and regions on the completeness page, in the page's language. The one place
 * that asks for them, so that when the six-language taxonomy labels (TaxonomyLabels) reach this
 * code only this class changes; until then they are the database's English names.
 */
@Singleton
class CompletenessLabels {

    String region(String code, String english, Text text) {
        return english;
    }

    String state(String iso3, String english, Text text) {
        return english;
    }

    /** The report with its names in the text's language, States in that language's alphabetical order. */
    CompletenessReport in(CompletenessReport report, Text text) {
        if (text.language() == Language.EN) {
            return report;
        }
        List<RegionRef> regions = report.regions().stream()
                .map(region -> new RegionRef(region.code(), region(region.code(), region.label(), text))).toList();
        Collator collator = Collator.getInstance(text.locale());
        List<StateCompleteness> states = report.states().stream()
                .map(state -> state.named(state(state.iso3(), state.name(), text),
                        region(state.regionCode(), state.regionLabel(), text), subregion(state, text)))
                .sorted(Comparator.comparing(StateCompleteness::name, collator))
                .toList();
        return new CompletenessReport(report.cycle(), regions, states);
    }

    private @Nullable String subregion(StateCompleteness state, Text text) {
        return state.subregionCode() == null ? state.subregionLabel() : region(state.subregionCode(), state.subregionLabel(), text);
    }
}
