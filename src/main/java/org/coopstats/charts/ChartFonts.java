package org.coopstats.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The typeface every chart is drawn in, shipped with the service (DejaVu Sans, free licence in
 * resources/fonts): a machine with only a JDK may have no fonts of its own, and charts must look
 * the same on every machine that renders them.
 */
final class ChartFonts {

    static final String FAMILY = "DejaVu Sans";
    private static final Font REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final Font BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return BOLD.deriveFont(Font.PLAIN, size);
    }

    private static Font load(String resource) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the chart font " + resource + " is missing from the build");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the chart font " + resource + " cannot be read", e);
        }
    }
}
