package org.coopstats.explore;

import org.coopstats.analytics.Measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** A figure as a reader sees it: shares as percentages, days with one decimal, counts grouped. */
final class Figures {

    private Figures() {
    }

    static String format(Measure measure, BigDecimal value) {
        if (value == null) {
            return "–";
        }
        if (measure.fraction()) {
            return value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
