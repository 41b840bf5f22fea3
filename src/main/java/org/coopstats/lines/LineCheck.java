package org.coopstats.lines;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict on one line: errors (keyed by column) stop it being saved; warnings (dates far
 * outside the period) let it be saved once the officer confirms them. The messages are said in
 * the reader's language where they are shown (LineText.say), in English for the JSON API.
 */
public record LineCheck(@Nullable CaseLine line, Map<String, Message> errors, Map<String, Message> warnings) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public boolean hasWarnings() {
        return !warnings.isEmpty();
    }

    /** Nothing judged yet: a form as first opened. */
    public static LineCheck none() {
        return new LineCheck(null, Map.of(), Map.of());
    }

    /** The messages as text in one language, for the JSON API (English) or a file. */
    public static Map<String, String> plain(Map<String, Message> messages, LineText text) {
        Map<String, String> said = new LinkedHashMap<>();
        messages.forEach((column, message) -> said.put(column, text.plain(message)));
        return said;
    }
}
