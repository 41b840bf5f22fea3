package org.coopstats.charts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SVG chart needs beyond what SVGGraphics2D writes. A browser lays out each {@code <text>}
 * as a left-to-right paragraph unless told otherwise, which would put the parts of an Arabic
 * sentence holding Latin words or numbers in the wrong order; Java laid it out right to left (as
 * the PNG shows), so the SVG says so too. The language tells a browser which Chinese glyph forms
 * to pick.
 */
final class SvgText {

    private static final Pattern TEXT = Pattern.compile("<text ([^>]*)>([^<]*)</text>");
    private static final Pattern ENTITY = Pattern.compile("&[^;]{1,10};");

    private SvgText() {
    }

    static String language(String svg, String language) {
        return svg.replaceFirst("<svg ", "<svg xml:lang=\"" + language + "\" ");
    }

    /**
     * Marks the texts whose first strong character is right to left. With direction rtl, the
     * anchor "end" is the text's left edge: the x that Java wrote stays where the text begins on
     * the page.
     */
    static String rightToLeft(String svg) {
        Matcher text = TEXT.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length() + 256);
        while (text.find()) {
            String replacement = text.group();
            if (startsRightToLeft(ENTITY.matcher(text.group(2)).replaceAll(" "))) {
                replacement = "<text direction=\"rtl\" text-anchor=\"end\" " + text.group(1) + ">" + text.group(2) + "</text>";
            }
            text.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        text.appendTail(out);
        return out.toString();
    }

    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            byte direction = Character.getDirectionality(c);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
