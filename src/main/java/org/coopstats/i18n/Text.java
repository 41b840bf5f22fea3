package org.coopstats.i18n;

import gg.jte.support.LocalizationSupport;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and formats of one language for a page. A key's first segment names its bundle:
 * "returns.title" is looked up in i18n/returns_<lang>.properties, so each feature keeps its own
 * file. A key missing in a language falls back to English, and a key missing in English shows
 * itself, so a forgotten translation is visible rather than fatal.
 */
public final class Text implements LocalizationSupport {

    public static final Text ENGLISH = new Text(Language.EN);

    private static final ConcurrentHashMap<Language, Text> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Language language;

    private Text(Language language) {
        this.language = language;
    }

    public static Text of(Language language) {
        return BY_LANGUAGE.computeIfAbsent(language, Text::new);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    /** The value of the page's lang attribute. */
    public String lang() {
        return language.code();
    }

    /** The value of the page's dir attribute: rtl for Arabic. */
    public String dir() {
        return language.dir();
    }

    /** Used by jte's localize(...): the message as trusted HTML, its arguments escaped. */
    @Override
    public String lookup(String key) {
        String found = find(language, key);
        if (found == null && language != Language.EN) {
            found = find(Language.EN, key);
        }
        return found == null ? key : found;
    }

    /**
     * The message with its {0}, {1}... filled in, as text (the page escapes it). Arguments are put
     * in as given, so numbers and dates are formatted first (number(), date()): messages are not
     * MessageFormat patterns, and an apostrophe in them is just an apostrophe.
     */
    public String get(String key, Object... arguments) {
        String message = lookup(key);
        for (int i = 0; i < arguments.length; i++) {
            message = message.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return message;
    }

    public boolean has(String key) {
        return find(language, key) != null;
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A fraction such as 0.425 as "42.5 %" in the language's own way. */
    public String percent(double fraction, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(fraction);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /** A moment in UTC, the way the service stores them, with the zone said. */
    public String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale())
                .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    private static String find(Language language, String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/" + key.substring(0, dot), language.locale(), NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException noBundle) {
            return null;
        }
    }

    /**
     * Bundles are found for the exact language only (bundle_fr, then the plain bundle), never for
     * the machine's default locale, so a server set up in French still answers English pages in English.
     */
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);
}
