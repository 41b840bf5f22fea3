package org.coopstats.explore;

import org.coopstats.analytics.Measure;
import org.coopstats.i18n.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;

/** A figure as a reader sees it, in the page's language: shares as percentages, days with one decimal, counts grouped. */
final class Figures {

    private Figures() {
    }

    static String format(Measure measure, BigDecimal value, Text text) {
        if (value == null) {
            return "–";
        }
        if (measure.fraction()) {
            NumberFormat percent = NumberFormat.getPercentInstance(text.locale());
            percent.setMinimumFractionDigits(1);
            percent.setMaximumFractionDigits(1);
            percent.setRoundingMode(RoundingMode.HALF_UP);
            return percent.format(value);
        }
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
