package org.coopstats.lines;

import org.coopstats.i18n.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Something to tell a person, kept as a bundle key and its arguments until the page knows the
 * reader's language: a rule checked in one request, or in a background upload, is then read in
 * Arabic on one page and in English in the JSON API. Arguments are put in by kind: a number in
 * the language's digits and separators, a date in its words, a code as its label, another
 * message in the same language, anything else as given.
 */
public record Message(String key, List<Object> arguments) {

    /** An argument shown as the label of a code of a coded column (or a State's name). */
    public record Code(String column, String code) {
    }

    /** An argument shown in the plural form that fits the number (see {@link Plural}). */
    public record Count(String key, long number) {
    }

    public Message {
        arguments = List.copyOf(arguments);
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /**
     * In the language of t, for a page: in right-to-left text each argument is isolated, so a Latin
     * code keeps its quotation marks around it. Codes are shown as themselves (LineText.say shows
     * their labels; LineText.plain writes files without the invisible isolates).
     */
    public String in(Text t) {
        return in(t, Code::code, t.language().rightToLeft());
    }

    /**
     * @param isolate wrap each argument in Unicode isolates, so that a Latin code or a number inside
     *                an Arabic sentence keeps its place and its quotation marks (for pages, not files)
     */
    String in(Text t, Function<Code, String> labels, boolean isolate) {
        Object[] filled = new Object[arguments.size()];
        for (int i = 0; i < filled.length; i++) {
            String text = argument(arguments.get(i), t, labels, isolate);
            filled[i] = isolate ? "\u2068" + text + "\u2069" : text;
        }
        return t.get(key, filled);
    }

    private static String argument(Object argument, Text t, Function<Code, String> labels, boolean isolate) {
        if (argument instanceof Message message) {
            return message.in(t, labels, isolate);
        }
        if (argument instanceof Code code) {
            return labels.apply(code);
        }
        if (argument instanceof Count count) {
            return Plural.of(t, count.key(), count.number());
        }
        if (argument instanceof Long || argument instanceof Integer) {
            return t.number(((Number) argument).longValue());
        }
        if (argument instanceof LocalDate date) {
            return t.date(date);
        }
        return String.valueOf(argument);
    }
}
