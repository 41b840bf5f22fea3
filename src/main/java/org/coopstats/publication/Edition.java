package org.coopstats.publication;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/**
 * One publication of a cycle's figures; number counts the cycle's editions from 1. Times are UTC.
 * changeNote is the analyst's own note (also in changes), changes what changed since the
 * previous edition.
 */
public record Edition(long id, String cycle, int number, LocalDateTime publishedAt, int statesParties,
                      int suppressionThreshold, @Nullable String changeNote, ChangeNote changes) {

    /** The address part that names the edition, such as "2024/2". */
    public String path() {
        return cycle + "/" + number;
    }
}
