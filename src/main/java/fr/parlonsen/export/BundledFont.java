package fr.parlonsen.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans fonts shipped in {@code src/main/resources/fonts/} (licence beside them).
 * Every picture and every PDF uses them, so the output does not depend on the fonts installed
 * on the server.
 */
enum BundledFont {
    REGULAR("DejaVuSans.ttf"),
    BOLD("DejaVuSans-Bold.ttf"),
    OBLIQUE("DejaVuSans-Oblique.ttf");

    /** Family name to use where a document only refers to fonts by name (DOCX, ODT). */
    static final String FAMILY = "DejaVu Sans";

    private final String fileName;
    private final byte[] bytes;
    private final Font awtFont;

    BundledFont(String fileName) {
        this.fileName = fileName;
        this.bytes = load("/fonts/" + fileName);
        try {
            this.awtFont = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("unreadable bundled font " + fileName, e);
        }
    }

    String fileName() {
        return fileName;
    }

    /** The TrueType file; callers must not modify the array. */
    byte[] bytes() {
        return bytes;
    }

    Font awt(float size) {
        return awtFont.deriveFont(size);
    }

    private static byte[] load(String resource) {
        try (InputStream in = BundledFont.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
