package org.coopstats.system;

import org.coopstats.i18n.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Words for a person, kept as a message key and its arguments until a page puts them in the
 * request's language: a rule checked in a service cannot know who will read its answer, and
 * the same problem reads in Arabic on an Arabic page and in English in an API answer.
 * Arguments are put in the same language too: numbers and dates in its format, a Message in its words.
 */
public record Message(String key, List<Object> arguments) {

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.copyOf(Arrays.asList(arguments)));
    }

    /**
     * Text that keeps its own direction inside a sentence (an address, an email, a rule's name):
     * in a right-to-left language it is isolated, so "/returns/1999" does not come out as "returns/1999/".
     */
    public static Isolated isolated(String text) {
        return new Isolated(text);
    }

    public record Isolated(String text) {
    }

    public String in(Text t) {
        return t.get(key, arguments.stream().map(argument -> shown(t, argument)).toArray());
    }

    /**
     * A problem as a page shows it, whatever a caller put in its map: a Message, a message key,
     * or (from code not yet moved to keys) the text itself, which an unknown key shows as is.
     */
    public static String text(Text t, Object problem) {
        if (problem instanceof Message message) {
            return message.in(t);
        }
        return problem == null ? "" : t.get(problem.toString());
    }

    private static Object shown(Text t, Object argument) {
        if (argument instanceof Isolated isolated) {
            return t.language().rightToLeft() ? "\u2068" + isolated.text() + "\u2069" : isolated.text();
        }
        if (argument instanceof Message message) {
            return message.in(t);
        }
        if (argument instanceof Integer || argument instanceof Long) {
            return t.number(((Number) argument).longValue());
        }
        if (argument instanceof Instant instant) {
            return t.dateTime(instant);
        }
        if (argument instanceof LocalDateTime utc) {
            // the service keeps its moments in UTC
            return t.dateTime(utc.toInstant(ZoneOffset.UTC));
        }
        if (argument instanceof LocalDate date) {
            return t.date(date);
        }
        return argument;
    }
}
