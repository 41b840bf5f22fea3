package org.coopstats.published;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.function.BiPredicate;

/**
 * SEAM placeholder (see Suppression): hides nothing. Replaced by the disclosure package's
 * algorithm once merged; until then public tables show every figure.
 */
@Singleton
@Secondary
class NoSuppression implements Suppression {

    @Override
    public Hidden protect(long[][] cells, BiPredicate<Integer, Integer> eligible, int threshold) {
        return Hidden.NONE;
    }
}
