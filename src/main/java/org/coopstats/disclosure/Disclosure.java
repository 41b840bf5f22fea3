package org.coopstats.disclosure;

import io.micronaut.context.annotation.Context;
import org.coopstats.analytics.AnalyticsTable;

import java.util.function.Predicate;

/**
 * What a page, a CSV writer or a chart asks before publishing a table: TableProtection with
 * the configured threshold. Created at start, so a wrong threshold stops the service at once.
 */
@Context
public class Disclosure {

    private final int threshold;

    Disclosure(DisclosureSettings settings) {
        this.threshold = settings.threshold();
    }

    public int threshold() {
        return threshold;
    }

    /** A table of counts (cases, lines, refusals on forbidden grounds). */
    public SuppressedTable protect(AnalyticsTable counts, Predicate<Figure> eligible) {
        return TableProtection.protect(counts, eligible, threshold);
    }

    /** Any table, hidden where the counts of the same breakdown are (see TableProtection). */
    public SuppressedTable protect(AnalyticsTable figures, AnalyticsTable counts, Predicate<Figure> eligible) {
        return TableProtection.protect(figures, counts, eligible, threshold);
    }
}
