package org.coopstats.charts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A machine with no fonts at all (a JDK unpacked on a bare container: fontconfig finds nothing)
 * stops Java's font manager from starting, so that not even a font we ship can be read ("Fontconfig
 * head is null"). Java then accepts a font configuration of our own (the sun.awt.fontconfig
 * property, read when the font manager starts): it maps Java's logical fonts (Dialog, SansSerif...)
 * to the shipped DejaVu Sans, copied beside it in a temporary folder. Only used after that failure,
 * so a machine with fonts keeps its own configuration. Charts ask for it before reading a font.
 */
final class NoSystemFonts {

    private static final Logger LOG = LoggerFactory.getLogger(NoSystemFonts.class);
    private static final String[] LOGICAL = {"serif", "sansserif", "monospaced", "dialog", "dialoginput"};
    private static final String[] STYLES = {"plain", "bold", "italic", "bolditalic"};
    private static boolean started;

    private NoSystemFonts() {
    }

    /**
     * Starts Java's font manager, with our configuration if it cannot start by itself. Asked of a
     * logical font, it fails with an InternalError of its own; asked to read a font from a stream
     * (as from the jar), the same failure comes back as a mere "Problem reading font data".
     */
    static synchronized void startFontManager() {
        if (started) {
            return;
        }
        try {
            new Font(Font.DIALOG, Font.PLAIN, 12).getFamily();
        } catch (InternalError noFontManager) {
            useShippedFonts();
            new Font(Font.DIALOG, Font.PLAIN, 12).getFamily();
        }
        started = true;
    }

    private static void useShippedFonts() {
        try {
            Path folder = Files.createTempDirectory("coopstats-fonts");
            Path dejaVu = folder.resolve("DejaVuSans.ttf");
            try (InputStream in = NoSystemFonts.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
                if (in == null) {
                    throw new IllegalStateException("the chart font /fonts/DejaVuSans.ttf is missing from the build");
                }
                Files.copy(in, dejaVu, StandardCopyOption.REPLACE_EXISTING);
            }
            Path properties = folder.resolve("fontconfig.properties");
            Files.writeString(properties, configuration(dejaVu), StandardCharsets.ISO_8859_1);
            folder.toFile().deleteOnExit();
            dejaVu.toFile().deleteOnExit();
            properties.toFile().deleteOnExit();
            System.setProperty("sun.awt.fontconfig", properties.toString());
            LOG.info("This machine has no fonts of its own: Java's logical fonts are mapped to the shipped DejaVu Sans ({})",
                    properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String configuration(Path dejaVu) {
        StringBuilder file = new StringBuilder("version=1\nsequence.allfonts=latin-1\n");
        for (String logical : LOGICAL) {
            for (String style : STYLES) {
                file.append(logical).append('.').append(style).append(".latin-1=DejaVu Sans\n");
            }
        }
        // a properties file: the backslashes of a Windows path would need escaping
        return file.append("filename.DejaVu_Sans=").append(dejaVu.toString().replace('\\', '/')).append('\n').toString();
    }
}
