package org.coopstats.published;

import jakarta.inject.Singleton;
import org.coopstats.disclosure.CellSuppression;

import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/** Public tables hide small figures with the disclosure package's algorithm (ADR 9). */
@Singleton
class SmallCellSuppression implements Suppression {

    @Override
    public Hidden protect(long[][] cells, BiPredicate<Integer, Integer> eligible, BiPredicate<Integer, Integer> known,
                          int threshold) {
        var result = CellSuppression.protect(cells, place -> eligible.test(place.row(), place.col()),
                place -> known.test(place.row(), place.col()), threshold);
        return new Hidden(result.suppressed().stream().map(place -> new Place(place.row(), place.col())).collect(Collectors.toSet()),
                result.withheld());
    }
}
