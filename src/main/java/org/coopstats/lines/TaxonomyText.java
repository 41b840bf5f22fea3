package org.coopstats.lines;

import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * Where the lines' pages get taxonomy labels in other languages than English: the one place to
 * switch to org.coopstats.i18n.TaxonomyLabels once it is in main. Until then it knows no
 * translation, and pages show the English labels of the code lists.
 */
@Singleton
public class TaxonomyText {

    /** The label in the locale's language; empty to keep the English label. */
    public Optional<String> label(String taxonomy, String code, Locale locale) {
        return Optional.empty();
    }
}
