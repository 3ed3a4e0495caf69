package vn.keng.report.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of the PDF and the chart: Liberation Sans (SIL Open Font License 1.1, which allows
 * embedding), shipped by the {@code com.github.librepdf:openpdf-fonts-extra} jar from Maven
 * Central. It covers Vietnamese letters, so diacritics render the same on any machine, fonts
 * installed or not.
 */
final class Fonts {

    public static final String REGULAR = "/liberation/LiberationSans-Regular.ttf";
    public static final String BOLD = "/liberation/LiberationSans-Bold.ttf";

    private static volatile byte[] regular;
    private static volatile byte[] bold;
    private static volatile Font awtRegular;

    private Fonts() {
    }

    public static byte[] regular() {
        if (regular == null) {
            regular = load(REGULAR);
        }
        return regular;
    }

    public static byte[] bold() {
        if (bold == null) {
            bold = load(BOLD);
        }
        return bold;
    }

    /** The regular face as a Java2D font of the given size. */
    public static Font awt(int style, float size) {
        if (awtRegular == null) {
            try (InputStream in = new java.io.ByteArrayInputStream(regular())) {
                awtRegular = Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("Cannot read the embedded font " + REGULAR, e);
            }
        }
        return awtRegular.deriveFont(style, size);
    }

    private static byte[] load(String path) {
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Font " + path + " is missing: is openpdf-fonts-extra on the classpath?");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
