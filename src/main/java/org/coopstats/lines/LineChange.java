package org.coopstats.lines;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDateTime;

/**
 * What became of a save, a duplicate or a delete. Conflict carries the line as it is now (null
 * when someone deleted it) and who changed it when, so the page can show what changed.
 */
public sealed interface LineChange {

    record Saved(long lineId) implements LineChange {
    }

    record Invalid(LineCheck check) implements LineChange {
    }

    record Conflict(@Nullable StoredLine current, @Nullable String changedBy, @Nullable LocalDateTime changedAt)
            implements LineChange {
    }

    /** The return stopped being a draft (submitted by someone else) while the officer worked. */
    record NotDraft() implements LineChange {
    }

    record NotFound() implements LineChange {
    }
}
