package org.coopstats.lines;

import io.micronaut.core.annotation.Nullable;

import java.util.Map;

/**
 * The verdict on one line: errors (keyed by column) stop it being saved; warnings (dates far
 * outside the period) let it be saved once the officer confirms them.
 */
public record LineCheck(@Nullable CaseLine line, Map<String, String> errors, Map<String, String> warnings) {

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
}
