package org.coopstats.lines;

import gg.jte.Content;
import org.coopstats.i18n.Language;
import org.coopstats.i18n.Text;

/**
 * Words that change with a number ("1 line", "2 lines"; Russian and Arabic have more forms) in the
 * six languages, for whole numbers, after the CLDR plural rules. A plural message holds its forms in
 * one value, "one:# case line|other:# case lines", so every language's bundle has the same keys
 * whatever forms it needs; # is the number in the language's digits. A form the language does not
 * give falls back to "other".
 */
public final class Plural {

    private Plural() {
    }

    /** The form of the message under key that fits number, with # filled in. */
    public static String of(Text t, String key, long number) {
        return chosen(t, key, number).replace("#", t.number(number));
    }

    /**
     * The same, for a page, with the number inside an element of its own (&lt;strong id="current-lines"&gt;),
     * so a test or a reader's eye finds the figure; the words around it are escaped.
     */
    public static Content marked(Text t, String key, long number, String element, String id) {
        String form = chosen(t, key, number);
        String figure = t.number(number);
        int at = form.indexOf('#');
        return output -> {
            if (at < 0) {
                output.writeUserContent(form);
                return;
            }
            output.writeUserContent(form.substring(0, at));
            output.writeContent("<" + element + " id=\"" + id + "\">");
            output.writeUserContent(figure);
            output.writeContent("</" + element + ">");
            output.writeUserContent(form.substring(at + 1).replace("#", figure));
        };
    }

    /** CLDR's plural category of a whole number: zero, one, two, few, many or other. */
    public static String category(Language language, long number) {
        long n = Math.abs(number);
        long lastTwo = n % 100;
        long last = n % 10;
        return switch (language) {
            case ZH -> "other";
            case EN, ES -> n == 1 ? "one" : "other";
            case FR -> n == 0 || n == 1 ? "one" : "other";
            case RU -> last == 1 && lastTwo != 11 ? "one"
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "few"
                    : "many";
            case AR -> n == 0 ? "zero"
                    : n == 1 ? "one"
                    : n == 2 ? "two"
                    : lastTwo >= 3 && lastTwo <= 10 ? "few"
                    : lastTwo >= 11 ? "many"
                    : "other";
        };
    }

    private static String chosen(Text t, String key, long number) {
        String forms = t.get(key);
        String chosen = form(forms, category(t.language(), number));
        if (chosen == null) {
            chosen = form(forms, "other");
        }
        return chosen == null ? forms : chosen;
    }

    private static String form(String forms, String category) {
        for (String form : forms.split("\\|")) {
            int colon = form.indexOf(':');
            if (colon > 0 && form.substring(0, colon).strip().equals(category)) {
                return form.substring(colon + 1);
            }
        }
        return null;
    }
}
