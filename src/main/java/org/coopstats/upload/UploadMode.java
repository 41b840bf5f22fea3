package org.coopstats.upload;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Optional;

/** What an upload does with the lines already in the return. */
enum UploadMode {
    /** The file becomes the return's lines: the lines there before are deleted. */
    REPLACE,
    /** The file's lines are added to those already there. */
    ADD;

    static Optional<UploadMode> of(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "replace" -> Optional.of(REPLACE);
            case "add" -> Optional.of(ADD);
            default -> Optional.empty();
        };
    }

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
