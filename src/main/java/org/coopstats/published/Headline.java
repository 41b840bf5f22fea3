package org.coopstats.published;

import io.micronaut.core.annotation.Nullable;
import org.coopstats.publication.Edition;

import java.math.BigDecimal;
import java.util.List;

/** The first figures of a cycle's summary, from one edition's pinned returns. Shares are fractions, null when nothing divides. */
record Headline(Edition edition, int statesReporting, int statesParties, long cases, @Nullable BigDecimal conventionShare,
                @Nullable BigDecimal refusalRate, long forbiddenRefusals, List<TypeShare> byType) {

    /** One type of cooperation: its cases and the Convention's share of them; label in English. */
    record TypeShare(String code, String label, long cases, @Nullable BigDecimal conventionShare) {
    }
}
