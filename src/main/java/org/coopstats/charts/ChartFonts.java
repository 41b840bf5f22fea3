package org.coopstats.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The typefaces charts are drawn in, shipped with the service (free licences beside them in
 * resources/fonts): a machine with only a JDK may have no fonts of its own, and charts must look
 * the same on every machine that renders them. A Java font draws only the characters it has and
 * a box for the others, so each text gets the face that has all its characters: DejaVu Sans for
 * Latin and Cyrillic, Noto Sans Arabic for Arabic, Noto Sans SC for Chinese (ADR 10). The two
 * Noto faces come from the build (pom.xml) and are read the first time a text needs them.
 */
final class ChartFonts {

    /** Names a reader's browser may know when an SVG chart is shown without our fonts. */
    private static final List<String> SVG_FALLBACKS = List.of("Noto Sans", "Arial", "Helvetica", "sans-serif");

    enum Face {
        LATIN("DejaVu Sans", "/fonts/DejaVuSans.ttf", "/fonts/DejaVuSans-Bold.ttf"),
        ARABIC("Noto Sans Arabic", "/fonts/noto-sans-arabic/NotoSansArabic_400Regular.ttf",
                "/fonts/noto-sans-arabic/NotoSansArabic_700Bold.ttf"),
        CHINESE("Noto Sans SC", "/fonts/noto-sans-sc/NotoSansSC_400Regular.ttf",
                "/fonts/noto-sans-sc/NotoSansSC_700Bold.ttf");

        final String family;
        private final String regularResource;
        private final String boldResource;
        private volatile Font regular;
        private volatile Font bold;

        Face(String family, String regularResource, String boldResource) {
            this.family = family;
            this.regularResource = regularResource;
            this.boldResource = boldResource;
        }

        Font regular() {
            Font font = regular;
            if (font == null) {
                synchronized (this) {
                    if (regular == null) {
                        regular = load(regularResource);
                    }
                    font = regular;
                }
            }
            return font;
        }

        Font bold() {
            Font font = bold;
            if (font == null) {
                synchronized (this) {
                    if (bold == null) {
                        bold = load(boldResource);
                    }
                    font = bold;
                }
            }
            return font;
        }

        /** Whether this face can draw every character of the text. */
        boolean covers(String text) {
            return regular().canDisplayUpTo(text) == -1;
        }

        private int coverage(String text) {
            Font font = regular();
            return (int) text.codePoints().filter(font::canDisplay).count();
        }
    }

    private ChartFonts() {
    }

    /** DejaVu Sans, for a text not known yet. */
    static Font regular(float size) {
        return Face.LATIN.regular().deriveFont(Font.PLAIN, size);
    }

    static Font regular(String text, float size) {
        return faceFor(text).regular().deriveFont(Font.PLAIN, size);
    }

    /** The bold face, marked bold so that an SVG says font-weight: bold too. */
    static Font bold(String text, float size) {
        return faceFor(text).bold().deriveFont(Font.BOLD, size);
    }

    /**
     * The face for a text: the first that has every character, trying the faces of the scripts in
     * the text first (Chinese, Arabic), then DejaVu Sans; a text no single face covers (Chinese and
     * Arabic in one title) gets the face that has most of its characters.
     */
    static Face faceFor(String text) {
        if (text == null || text.isEmpty()) {
            return Face.LATIN;
        }
        Set<Face> candidates = new LinkedHashSet<>();
        if (hasScript(text, Character.UnicodeScript.HAN)) {
            candidates.add(Face.CHINESE);
        }
        if (hasScript(text, Character.UnicodeScript.ARABIC)) {
            candidates.add(Face.ARABIC);
        }
        candidates.addAll(List.of(Face.values()));
        for (Face face : candidates) {
            if (face.covers(text)) {
                return face;
            }
        }
        Face best = null;
        int most = -1;
        for (Face face : candidates) {
            int coverage = face.coverage(text);
            if (coverage > most) {
                best = face;
                most = coverage;
            }
        }
        return best;
    }

    /** The face for several texts drawn in one font (a number axis's tick labels). */
    static Face faceFor(List<String> texts) {
        return faceFor(String.join(" ", texts));
    }

    /**
     * The CSS font-family list an SVG text carries: its own face first, then the other faces, so
     * that a browser without the first still finds the script, then common names.
     */
    static String svgFamilies(String family) {
        Set<String> names = new LinkedHashSet<>();
        names.add(family);
        for (Face face : Face.values()) {
            names.add(face.family);
        }
        names.addAll(SVG_FALLBACKS);
        return String.join(", ", names);
    }

    private static boolean hasScript(String text, Character.UnicodeScript script) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == script);
    }

    private static Font load(String resource) {
        NoSystemFonts.startFontManager();
        URL url = ChartFonts.class.getResource(resource);
        if (url == null) {
            throw new IllegalStateException("the chart font " + resource + " is missing from the build"
                    + " (mvn clean package fetches the Noto fonts; see doc/adr/0010-chart-fonts.md)");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                // read in place; from a jar, Java copies the font to a temporary file first
                return Font.createFont(Font.TRUETYPE_FONT, new File(url.toURI()));
            }
            try (InputStream in = url.openStream()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException | URISyntaxException e) {
            throw new IllegalStateException("the chart font " + resource + " cannot be read", e);
        }
    }
}
