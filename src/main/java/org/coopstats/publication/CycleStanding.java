package org.coopstats.publication;

import java.time.LocalDate;

/**
 * Where a cycle's returns stand for publishing: States with an accepted version (counted by an
 * edition published now), and States whose latest version is submitted, a draft or returned
 * (that version is not counted; an earlier accepted one, if any, is).
 */
public record CycleStanding(String code, LocalDate periodStart, LocalDate periodEnd, int accepted,
                            int submitted, int drafts, int returned) {

    public boolean anyNotIncluded() {
        return submitted + drafts + returned > 0;
    }
}
