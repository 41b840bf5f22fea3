package org.coopstats.charts;

import java.util.Arrays;
import java.util.Optional;

/** How a table is drawn: bars side by side, stacked (counts or 100%), or a line over the rows (cycles). */
public enum ChartType {
    BAR("bar"),
    STACKED("stacked"),
    STACKED_PERCENT("stacked_percent"),
    LINE("line");

    private final String code;

    ChartType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ChartType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
