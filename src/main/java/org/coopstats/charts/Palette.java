package org.coopstats.charts;

import java.awt.Color;

/**
 * Okabe and Ito's colours, which stay distinct for the common kinds of colour blindness and in
 * greyscale print; series beyond eight are folded into the table rather than given new colours.
 */
final class Palette {

    static final Color[] SERIES = {
            new Color(0x0072B2), // blue
            new Color(0xE69F00), // orange
            new Color(0x009E73), // bluish green
            new Color(0xCC79A7), // reddish purple
            new Color(0x56B4E9), // sky blue
            new Color(0xD55E00), // vermillion
            new Color(0xF0E442), // yellow
            new Color(0x000000), // black
    };
    static final Color HIGHLIGHT = new Color(0xD55E00);
    static final Color TEXT = new Color(0x1F1F1F);
    static final Color MUTED_TEXT = new Color(0x505050);
    static final Color GRID = new Color(0xD0D0D0);

    private Palette() {
    }

    static Color series(int index) {
        return SERIES[index % SERIES.length];
    }
}
