package org.coopstats.charts;

import org.coopstats.i18n.Language;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a chart draws around its figures, in one of the UN's six languages (bundle
 * i18n/charts_<lang>.properties), and how it writes numbers. Any other language gets English.
 */
public final class ChartWords {

    public static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

    private static final Map<String, ChartWords> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle bundle;

    private ChartWords(String language) {
        this.locale = Language.of(language).orElse(Language.EN).locale();
        this.bundle = ResourceBundle.getBundle("i18n.charts", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ChartWords of(Locale locale) {
        return BY_LANGUAGE.computeIfAbsent(language(locale), ChartWords::new);
    }

    /** One of the six languages: the locale's own, or English. */
    public static String language(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        return LANGUAGES.contains(language) ? language : "en";
    }

    public Locale locale() {
        return locale;
    }

    public boolean rightToLeft() {
        return "ar".equals(locale.getLanguage());
    }

    /** The sentence under the key, with its arguments; numbers written as {@link #numbers()} does. */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** Lower case as the language writes it inside a sentence ("Cases" in "Per cent of cases"). */
    public String lower(String text) {
        return text.toLowerCase(locale);
    }

    /** Counts and figures on an axis: up to three decimals, grouped as the language groups them. */
    public NumberFormat numbers() {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        return format;
    }

    public NumberFormat percent() {
        return NumberFormat.getPercentInstance(locale);
    }
}
