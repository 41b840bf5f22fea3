package org.coopstats.lines;

import jakarta.inject.Singleton;
import org.coopstats.i18n.TaxonomyLabels;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the lines' pages get taxonomy labels and State names in the six languages: from
 * TaxonomyLabels (the taxonomy bundles, CLDR for States), which falls back to English itself.
 */
@Singleton
public class TaxonomyText {

    private final TaxonomyLabels labels;

    TaxonomyText(TaxonomyLabels labels) {
        this.labels = labels;
    }

    /** The label in the locale's language; empty to keep the English label of the code lists. */
    public Optional<String> label(String taxonomy, String code, Locale locale) {
        String label = labels.label(taxonomy, code, locale);
        return label == null || label.isBlank() || label.equals(code) ? Optional.empty() : Optional.of(label);
    }
}
